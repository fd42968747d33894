/**
 * More one-country questions: typos (in the topic, and sometimes in the
 * country), named bodies, and paraphrase. Same rules as one-country.ts.
 */
import { about, type CorpusQuestionInput } from './schema.ts';

export const MORE: readonly CorpusQuestionInput[] = [
  // Typos
  about('typo', 'norway', 'Norways national securty authority role', 'is the national specialist organisation for cyber security and the national warning and coordination body'),
  about('typo', 'south-korea', 'cyber securty educaton in Korean schools', 'strengthening the cyber security education in elementary, middle and high schools'),
  about('typo', 'australia', 'Austrlia cyber secuirty national workfroce growth program', 'will develop a skilled cyber workforce that can address emerging threats'),
  about('typo', 'malaysia', 'Malaysian natonal cyber securty agency', 'further reaffirmed the growing importance of cyber issues to Malaysia'),
  about('typo', 'ghana', 'Ghana comonwealth cyber initative', 'seeks to help commonwealth countries adopt efficient cyber security policies'),
  about('typo', 'hungary', 'Hungarain small and medum enterprises cyber secuirty', 'Hungarian companies, especially small and medium-sized enterprises (SMEs), typically pay little attention'),
  about('typo', 'singapore', 'Singapore cybersecurity jouney infocom security masterplan', 'Our cybersecurity journey started with the first Infocomm Security Masterplan in 2005'),
  about('typo', 'lithuania', 'Lithuania critcal informaton infrastructure defintion', 'Critical information infrastructure shall mean an electronic communications network'),
  about('typo', 'jamaica', 'Jamaica cyber incident responce team', 'will include the establishment of a Cyber Incident Response Team'),
  about('typo', 'usa', 'US cybersecurity sprnt 30 days', 'initiated a 30-day Cybersecurity Sprint on June 12, 2015'),
  about('typo', 'japan', 'Japan shamon virus master boot recrod', 'rendered computers incapable of booting by using a technique of altering the master boot record'),
  about('typo', 'nigeria', 'Nigeria onlnie child abuse and exploitaton', 'Nigeria recognises the importance of the protection and safety of the younger generation'),
  about('typo', 'sri-lanka', 'Sri Lanka e-goverment developmnt index rank', 'Sri Lanka is ranked 79 in the United Nations egovernment development index'),
  // Named bodies
  about('named-body', 'usa', 'What did the Office of Management and Budget lead?', 'led by the Office of Management and Budget (OMB), was comprised of representatives'),
  about('named-body', 'uganda', 'What did NITA-U approve in 2021?', 'Strategic Plan on the protection of National Critical Information Infrastructure approved by NITA-U'),
  about('named-body', 'ghana', 'What did the Cyber Security Authority and the Joint Cybersecurity Committee introduce?', 'introduced this document to equip the Government with the tools needed to address issues of cybercrime'),
  about('named-body', 'bangladesh', 'What will the Digital Security Agency coordinate?', 'Threat information sharing platforms will coordinate with Digital Security Agency'),
  about('named-body', 'hungary', 'What does the Institute for Computer Science and Control operate?', 'operates an information security incident response organization'),
  about('named-body', 'sri-lanka', 'What will the National Information and Cyber Security Agency establish?', 'NICSA will establish a National Cyber Alert System'),
  about('named-body', 'norway', 'What is the Norwegian Police Security Service part of?', 'comprises representatives from NSM, the Norwegian Intelligence Service'),
  about('named-body', 'albania', 'What does the National Electronic Certification and Cybersecurity Authority oversee?', 'as the authority responsible for overseeing the implementation of the law'),
  about('named-body', 'costa-rica', 'What did the Organization of American States do for the Costa Rican strategy?', 'had the specialized technical support of the Organization of American States'),
  about('named-body', 'malaysia', 'What does the National Cyber Security Agency show about Malaysia?', 'further reaffirmed the growing importance of cyber issues to Malaysia'),
  // Paraphrase
  about('paraphrase', 'albania', "Who is Albania's cybersecurity watchdog?", 'as the authority responsible for overseeing the implementation of the law'),
  about('paraphrase', 'australia', 'Will Australia give the police more power against cyber crooks?', "boost law enforcement's capacity to combat cyber criminals"),
  about('paraphrase', 'uganda', 'Who pays for the Ugandan cyber awareness drive?', 'with funding from the Regional Communications Infrastructure Program'),
  about('paraphrase', 'ghana', 'Which groups does Ghana want kept safe from cyber attacks?', 'It is our aim to ensure that all Children, the Public, Businesses and Government are protected'),
  about('paraphrase', 'singapore', 'How will Singapore build career ladders for cyber workers?', 'develop skills and competency frameworks toward structured career paths'),
];
