/**
 * Questions about one country, asked the way an analyst types them: in the
 * document's words (direct), in other words (paraphrase), by an acronym the
 * document defines, with typos, or by the name of a body (agency, CERT)
 * without the country. Each carries a verbatim slice of the passage that
 * answers. Add to these; never remove one to make a change pass.
 */
import { about, type CorpusQuestionInput } from './schema.ts';

export const ONE_COUNTRY: readonly CorpusQuestionInput[] = [
  // Norway
  about('named-body', 'norway', 'What does NorCERT do?', 'runs the national response function for serious computer attacks on critical infrastructure'),
  about('direct', 'norway', "Who sits in Norway's Joint Cyber Coordination Centre?", 'comprises representatives from NSM, the Norwegian Intelligence Service'),
  about('paraphrase', 'norway', 'Which yearly threat picture do the Norwegians publish?', 'publishes an annual report entitled the Comprehensive Cyber Security Risk Assessment'),
  about('direct', 'norway', 'What does Norway want for post- and supplementary education in cyber security?', 'supplementary education in ICT and cyber security at vocational colleges'),
  about('paraphrase', 'norway', 'How does Norway see hybrid threats mixing up war and peace?', 'blurring the traditional dividing line between peace and armed conflict'),
  about('acronym', 'norway', "What is Norway's NSM responsible for?", 'is the national specialist organisation for cyber security and the national warning and coordination body'),
  // Singapore
  about('acronym', 'singapore', "When was Singapore's CSA set up?", 'was set up as the central agency to oversee and coordinate all aspects of cybersecurity'),
  about('direct', 'singapore', 'How will Singapore educate students in cybersecurity in schools?', 'will work closely with our schools to educate students in cybersecurity'),
  about('paraphrase', 'singapore', 'How is Singapore helping working people retrain for cyber jobs?', 'investing heavily to upskill practising professionals'),
  about('acronym', 'singapore', 'What will the IHLs in Singapore help develop for cyber careers?', 'develop skills and competency frameworks toward structured career paths'),
  about('typo', 'singapore', 'Singapore on edge computng, 5G and clowd computing', 'edge computing, enabled by 5G, cloud computing, and ubiquitous access to digital devices'),
  about('direct', 'singapore', "When did Singapore's cybersecurity journey start?", 'Our cybersecurity journey started with the first Infocomm Security Masterplan in 2005'),
  // Australia
  about('direct', 'australia', "What is Australia's Cyber Security National Workforce Growth Program?", 'will develop a skilled cyber workforce that can address emerging threats'),
  about('paraphrase', 'australia', 'How will big firms in Australia help small businesses with cyber?', 'large businesses will assist small and medium enterprises'),
  about('acronym', 'australia', 'How many pandemic reports did the ACSC get in March 2020?', 'the ACSC received over 45 pandemic themed cybercrime and cyber security incident reports'),
  about('direct', 'australia', 'What does Australia say about criminals hiding on the dark web?', 'hiding on the dark web to traffic drugs and other illicit goods'),
  about('named-body', 'australia', 'How many COVID-19 scam reports did Scamwatch receive?', 'Scamwatch receiving over 100 reports of COVID-19 themed scams'),
  // Malaysia
  // The answering sentence runs over a page break: either half answers (cleaning will join them).
  about('acronym', 'malaysia', 'What is NACSA?', 'The establishment of the National Cyber Security Agency (NACSA)', 'further reaffirmed the growing importance of cyber issues to Malaysia'),
  about('acronym', 'malaysia', "When was Malaysia's NCSP formulated?", 'led to the formulation of the National Cyber Security Policy (NCSP) in 2006'),
  about('acronym', 'malaysia', "How many sectors make up Malaysia's CNII?", 'Critical National Information Infrastructure (CNII), which are made up of 10 sectors'),
  about('paraphrase', 'malaysia', 'Besides crooks after money, who does Malaysia see attacking it?', 'threats from statesponsored actors aimed at critical targets of national importance'),
  // Ghana
  about('named-body', 'ghana', 'What is the Commonwealth Cyber Initiative?', 'seeks to help commonwealth countries adopt efficient cyber security policies'),
  about('acronym', 'ghana', 'What is EOCO in Ghana?', 'The Economic and Organized Crime Office (EOCO) under the Attorney General'),
  about('direct', 'ghana', "Who introduced Ghana's National Cybersecurity Policy and Strategy to address cybercrime?", 'introduced this document to equip the Government with the tools needed to address issues of cybercrime'),
  about('paraphrase', 'ghana', 'How will Ghana bounce back when its key systems get hit?', 'our cyber resiliency will be defined by our ability to detect, prevent, protect and recover'),
  // Hungary
  about('direct', 'hungary', 'How much attention do Hungarian SMEs pay to cyber security?', 'Hungarian companies, especially small and medium-sized enterprises (SMEs), typically pay little attention'),
  about('named-body', 'hungary', 'What is HunCERT?', 'operates an information security incident response organization'),
  about('direct', 'hungary', 'Which Hungarian act covers the protection of critical systems and facilities?', 'Act CLXVI of 2012 on the identification, designation and protection of critical systems'),
  about('direct', 'hungary', "Which other strategies does Hungary's network security strategy integrate?", 'integrates the security goals outlined in the Digital Child Protection Strategy of Hungary'),
  // North Macedonia
  about('direct', 'north-macedonia', 'What does North Macedonia say about cyber security in small and medium enterprises?', 'Low level of cyber security in small and medium enterprises'),
  about('paraphrase', 'north-macedonia', 'What does Macedonia say about tampered off-the-shelf kit from vendors?', 'adding to the risk of supply-chain attacks where commercial of-the-shelf'),
  about('typo', 'north-macedonia', 'North Macedonia internet of thigns and cyber hygeine', 'cyber hygiene is ignored by most users'),
  // Sri Lanka
  about('acronym', 'sri-lanka', "What will NICSA's National Cyber Alert System do?", 'to deliver targeted, timely, and actionable information to Sri Lankans'),
  about('named-body', 'sri-lanka', 'Who oversees Sri Lanka CERT now?', 'operating directly under the purview of the Ministry of Telecommunication'),
  about('acronym', 'sri-lanka', 'What will the NCSOC monitor in Sri Lanka?', 'for monitoring threats to digital government applications, critical information infrastructure'),
  about('direct', 'sri-lanka', 'Where does Sri Lanka rank in the United Nations e-government development index?', 'Sri Lanka is ranked 79 in the United Nations egovernment development index'),
  // United States
  about('direct', 'usa', 'When did the US start the 30-day Cybersecurity Sprint?', 'initiated a 30-day Cybersecurity Sprint on June 12, 2015'),
  about('acronym', 'usa', 'What will DHS do with CDM and EINSTEIN?', 'will accelerate the deployment of Continuous Diagnostics and Mitigation'),
  about('named-body', 'usa', 'What guidance will NIST give federal agencies?', 'will provide updated guidance to agencies on how to recover from cyber events'),
  about('paraphrase', 'usa', 'How will Washington get more cyber staff into federal agencies?', 'improve Federal cybersecurity workforce recruitment, hiring, and training'),
  about('acronym', 'usa', 'What must US agencies do about their HVAs?', 'All agencies will continue to identify their high value assets'),
  // Albania
  about('acronym', 'albania', 'What is NECCA in Albania?', 'as the authority responsible for overseeing the implementation of the law'),
  about('direct', 'albania', 'Where do children socialize according to Albania?', 'peers and the school are three spaces where children socialize'),
  about('paraphrase', 'albania', 'Does Tirana want to work more with businesses on cyber?', 'Cooperation with the private sector should be strengthened'),
  // Austria
  about('acronym', 'austria', 'What role does the OSCE play according to Austria?', 'The Vienna-based Organization for Security and Co-operation in Europe (OSCE) also plays an important'),
  about('direct', 'austria', "Who drew up Austria's OSCS 2021?", "worked together with the Austrian Federal Government's specialists to draw up the OSCS 2021"),
  about('direct', 'austria', 'What does the Austrian Network and Information Systems Security Act set out?', 'sets out standardised security requirements for all enterprises pertaining to critical infrastructure'),
  // Lithuania
  about('direct', 'lithuania', 'How does Lithuania define critical information infrastructure?', 'Critical information infrastructure shall mean an electronic communications network'),
  about('acronym', 'lithuania', 'What is the Lithuanian ITE node?', 'serves as a convenient and efficient centre for hosting protection capabilities'),
  about('paraphrase', 'lithuania', 'Does Lithuania have fallback systems for emergencies?', 'no backup information resources or backup infrastructure to sustain the emergency operation'),
  // South Korea
  about('direct', 'south-korea', "What does Korea's masterplan say about cyber security education in schools?", 'strengthening the cyber security education in elementary, middle and high schools'),
  about('paraphrase', 'south-korea', "What is Seoul's cyber masterplan for?", 'comprehensive response strategy at the national level in order to effectively deal with national cyber threats'),
  // Russia
  about('direct', 'russia', 'How does Russia define international information security?', 'International information security is defined as such condition for the global information space'),
  about('direct', 'russia', 'What terrorist uses of information technology does Russia worry about?', 'for terrorist purposes, including destructive impact on the elements of critical information infrastructure'),
  // Samoa
  about('direct', 'samoa', 'Who will develop a certification framework for cybersecurity professions in Samoa?', 'shall develop a framework for the certification and accreditation of national agencies'),
  about('paraphrase', 'samoa', 'What does Samoa want ordinary people to know about online dangers?', 'Individuals become aware of cybersecurity threats and are empowered to exist safely'),
  // Bangladesh
  about('acronym', 'bangladesh', 'Who will register CERTs in the CIIs of Bangladesh?', 'will be established and registered by DSA'),
  about('acronym', 'bangladesh', 'What is the ACE scheme in Bangladesh?', 'through the implementation of Global Accredited Cybersecurity Education'),
  about('paraphrase', 'bangladesh', 'Will Dhaka pay for cyber professionals to keep learning?', 'will also provide additional funding and scholarships'),
  // Indonesia
  about('named-body', 'indonesia', 'How fast did internet users grow according to APJII?', 'there had been more than 400 percents of increasing number of Internet users'),
  about('direct', 'indonesia', "What is Indonesia's Fortified Cyber Defense strategy?", 'tend to use the strategy of Fortified Cyber Defense'),
  about('paraphrase', 'indonesia', 'Are Indonesians getting more security-minded?', 'cyber security mindset and awareness of Indonesian citizen and institution have been growing very slow'),
  // Belize
  about('acronym', 'belize', 'What does PITCU investigate in Belize?', 'the Belize Police Department (BPD) manages the investigations'),
  about('direct', 'belize', "What does Belize's strategy say about revenge porn?", 'Another name for revenge pon is Non-Consensual Pornography'),
  // Jamaica
  about('acronym', 'jamaica', "What will Jamaica's CIRT be?", 'will include the establishment of a Cyber Incident Response Team'),
  about('acronym', 'jamaica', 'What does the USF do in Jamaica?', 'Through the Universal Service Fund (USF) the Government has and is utilizing various strategies'),
  about('paraphrase', 'jamaica', 'Why does Jamaica want a pool of trained security people?', 'establishing and sustaining a pool of trained professionals in Information Security'),
  // Thailand
  about('direct', 'thailand', 'What does Thailand say about Critical Information Infrastructure Protection?', 'the unit that is the basic structure of this important country'),
  // The Gambia
  about('direct', 'gambia', 'How will The Gambia protect its critical information infrastructure?', 'calls for collaboration of all relevant stakeholders - public and private institutions that own or operate'),
  about('acronym', 'gambia', 'What will the GoTG do about the CIIs of the Gambia?', 'will work with all relevant stakeholders to identify, understand the vulnerabilities'),
  // Philippines
  about('acronym', 'philippines', 'Why does the Philippines need an NCERT?', 'through the establishment of the National Computer Emergency Response Team (NCERT)'),
  about('named-body', 'philippines', 'How did the attacker get into the SWIFT system of Bangladesh Bank?', 'an attacker was able to access the SWIFT'),
  about('paraphrase', 'philippines', 'How will the DICT check that agencies follow the cyber rules?', 'through regular assessment and compliance activities, conduct of annual cyber drills and exercises'),
  // Japan
  about('acronym', 'japan', 'What is CEPTOAR?', 'Capability for Engineering of Protection, Technical Operation, Analysis and Response'),
  about('direct', 'japan', 'How does Japan describe the Shamoon virus attacks?', 'rendered computers incapable of booting by using a technique of altering the master boot record'),
  about('paraphrase', 'japan', 'What does Japan say about getting old and young people cyber literate?', 'penetrating into every generation from the youth bracket to the elderly'),
  // Saudi Arabia
  about('direct', 'saudi-arabia', 'What role do women and youth play in the Saudi strategy?', 'leveraging women and the Saudi youth as a key element to a successful IS deployment'),
  // Jordan
  about('direct', 'jordan', 'Why must Jordan find creative ways to finance infrastructure?', 'also suffers from a chronic budget deficit'),
  about('paraphrase', 'jordan', 'Does Jordan want to stop relying on donor money?', 'reduce/eliminate its dependence on external donor funding'),
  about('acronym', 'jordan', 'What PPPs does Jordan want for telecommunication infrastructure?', 'Public Private Partnerships (PPPs) be developed or negotiated'),
  // Nigeria
  about('acronym', 'nigeria', "What is Nigeria's NBP 2020 - 2025 for?", 'to increase Internet and broadband penetration across the country'),
  about('acronym', 'nigeria', 'What did ONSA do about cyber threats in Nigeria?', 'through the Office of the National Security Adviser (ONSA), undertook several proactive steps'),
  about('direct', 'nigeria', 'What does Nigeria say about online child abuse and exploitation?', 'Nigeria recognises the importance of the protection and safety of the younger generation'),
  // Uganda
  about('acronym', 'uganda', 'What awareness campaign did NITA-U run in 2021?', 'embarked on a digital driven awareness campaign on cybersecurity'),
  about('paraphrase', 'uganda', 'How many small firms does Uganda have?', 'dominated by about 1.1 million micro, small and medium enterprises'),
  // Malawi
  about('acronym', 'malawi', 'What does the MGDS say about ICT in Malawi?', 'identifies ICT as one of its key pillars among the priority sectors'),
  about('direct', 'malawi', 'What online threats does Malawi list?', 'mobile money fraud, organised online human trafficking, child pornography'),
  about('acronym', 'malawi', "What does Malawi's NCS 2019 – 2024 aim to provide?", 'aims to provide a national framework for ensuring secure, safe and resilient cyberspace'),
  // Lebanon
  about('named-body', 'lebanon', 'What has Banque du Liban done on cyber security?', 'has developed and implemented, in a continuous improvement approach'),
  about('direct', 'lebanon', 'What does Lebanon say about the Paris Call for Trust and Security in Cyberspace?', 'President Emmanuel Macron launched the Paris Call for Trust and Security in Cyberspace'),
  about('paraphrase', 'lebanon', 'Do attacks on Lebanon need a lot of money or skill?', 'they do not necessarily require huge budgets and/or high technical skills'),
  // Costa Rica
  about('acronym', 'costa-rica', 'Who supported MICITT in writing the Costa Rican strategy?', 'had the specialized technical support of the Organization of American States'),
  about('direct', 'costa-rica', 'How does Costa Rica rate its educational system?', 'one of the best educational systems of Latin America and the Caribbean'),
  // Sierra Leone
  about('direct', 'sierra-leone', 'What does Sierra Leone say about the internet of things?', 'is expanding the Internet beyond computers and mobile phones into other cyber-physical'),
];
