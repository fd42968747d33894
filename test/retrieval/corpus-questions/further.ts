/**
 * Further one-country questions, for the documents the first lists covered
 * least (Saudi Arabia, Sierra Leone, The Gambia, Uganda, Nigeria, the
 * Philippines, Lebanon, Costa Rica, Malawi). Same rules as one-country.ts.
 */
import { about, type CorpusQuestionInput } from './schema.ts';

export const FURTHER: readonly CorpusQuestionInput[] = [
  // Saudi Arabia: the answer names other countries, the question only the Saudis.
  about('direct', 'saudi-arabia', "Which nations' practices is the Saudi information security environment based on?", 'based upon the best international practices of nations such as Singapore, UAE, Malaysia'),
  about('acronym', 'saudi-arabia', 'Which standards will the Saudi RPMS follow?', 'based on international standards such as ISO 31000 and NIST SP 800-37'),
  about('paraphrase', 'saudi-arabia', 'How will the Saudis get the bosses to back the risk assessment function?', 'Convince the senior leadership of the importance of the implementation of this objective'),
  // Sierra Leone
  about('direct', 'sierra-leone', 'How will Sierra Leone respond to cyber-attacks?', 'we shall treat all forms of cyber-attack serious and we will defend ourselves at all cost'),
  about('acronym', 'sierra-leone', 'What will the ONS and CISU do against hostile cyber actors in Sierra Leone?', 'will expand their efforts to identify, anticipate and disrupt'),
  about('paraphrase', 'sierra-leone', 'Will shoppers in Sierra Leone be able to pick secure gadgets?', 'Consumers will be empowered to choose products and services that have built-in security'),
  // The Gambia
  about('direct', 'gambia', 'What are the nationwide monitoring points of The Gambia for?', 'will establish Monitoring Points that will serve as listening posts for intrusions'),
  about('paraphrase', 'gambia', 'How will the Gambia spot break-ins on its networks?', 'will establish Monitoring Points that will serve as listening posts for intrusions'),
  about('direct', 'gambia', 'What does The Gambia plan on consumer protection and product quality?', 'will establish mechanisms to address consumer protection and technology products quality assurance'),
  // Uganda
  about('acronym', 'uganda', 'What will the GoU pilot with UgPass?', 'will pilot the UgPass to implement a whole-of-nation PKI'),
  about('acronym', 'uganda', 'What will NISAG document in Uganda?', 'NISAG shall develop its procedures, document the NCII assets in the country'),
  about('direct', 'uganda', 'What competence will sectoral CSIRTs in Uganda develop?', 'sectoral CSIRTs will develop specific competence'),
  // Nigeria
  about('acronym', 'nigeria', 'Who runs the NCCC day to day in Nigeria?', 'a National Coordinator shall be appointed for the administration and running of the day to day functionalities'),
  about('acronym', 'nigeria', 'What is the TISN for in Nigeria?', 'for continuous information sharing between all CNIl owners and operators'),
  about('paraphrase', 'nigeria', 'How will Nigeria get better at handling breaches?', 'we will strengthen our incident response capability through improved information sharing'),
  // The Philippines
  about('acronym', 'philippines', 'Which framework will the Philippines adopt to protect its CII?', 'shall adopt the NIST Cybersecurity Framework'),
  // Lebanon
  about('direct', 'lebanon', "Who must Lebanon's strategy work with on cyber education?", 'proactive collaboration with the Ministry of Education and all relevant actors in the administration'),
  about('paraphrase', 'lebanon', 'What happens in Lebanon when there are too few skilled staff for audits?', 'will result in improper/poor testing, auditing, and certifying Cyber Security compliances'),
  // Costa Rica
  about('direct', 'costa-rica', "What must Costa Rica's legal framework take into account?", 'legal framework shall take into account the cross-border nature of cyberspace'),
  // Malawi
  about('direct', 'malawi', 'What are Malawian citizens expected to do about cyber threats?', 'The citizens will be expected to take appropriate steps in order to safeguard themselves'),
  about('paraphrase', 'malawi', 'Will Lilongwe encourage organisations to swap threat information?', 'promote a culture of information sharing and collaboration across all relevant stakeholders'),
];
