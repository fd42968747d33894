/**
 * "This country is silent" questions: each names a country whose documents
 * never mention the topic (the `absent` patterns, checked against its files
 * before every run) and another country whose documents do (`expect`, a
 * verbatim slice). The honest answer says the named country's documents are
 * silent; showing the other country's passage as the answer is wrong.
 */
import type { CorpusQuestionInput } from './schema.ts';

const CHILDREN = ['\\bchild', '\\bminors?\\b', '\\bkids?\\b', 'youth', 'young people'];
const QUANTUM = ['quantum'];
const CLOUD = ['\\bcloud'];
const RANSOMWARE = ['ransom'];
const BUDAPEST = ['budapest', 'convention on cyber ?crime'];
const SMES = ['\\bSMEs?\\b', 'small and medium', 'small business', 'small enterprise'];
const FIVE_G = ['\\b5G\\b', 'fifth generation'];
const AI = ['artificial intelligence', 'machine learning'];

const silent = (actor: string, question: string, absent: readonly string[], other: string, text: string): CorpusQuestionInput => ({
  kind: 'silent',
  actor,
  question,
  absent: [...absent],
  expect: [{ actor: other, text }],
});

const ALBANIA_CHILDREN = 'peers and the school are three spaces where children socialize';
const NIGERIA_CHILDREN = 'Nigeria recognises the importance of the protection and safety of the younger generation';
const SINGAPORE_QUANTUM = 'Quantum technologies will also disrupt the cryptographic methods';
const AUSTRIA_QUANTUM = 'such as quantum technology, is expected to usher in a range of new security risks';
const SINGAPORE_CLOUD = 'edge computing, enabled by 5G, cloud computing, and ubiquitous access to digital devices';
const LEBANON_CLOUD = 'Industrial Internet of Things (IIoT) and cloud services are on the rise';
const MALAYSIA_CLOUD = 'Artificial Intelligence (Al), and hyper-scale cloud';
const AUSTRALIA_RANSOMWARE = 'ransomware or malware – if your system or devices have been compromised';
const MACEDONIA_RANSOM = 'victims areoften willingto pay a large financial sumsto the attackers';
const GHANA_BUDAPEST = 'with Ghana becoming the 62nd state party to the Convention';
const COSTA_RICA_BUDAPEST = 'Adherence to the Convention on Cybernetic Crime (also known as Budapest Convention)';
const HUNGARY_SMES = 'Hungarian companies, especially small and medium-sized enterprises (SMEs), typically pay little attention';
const NIGERIA_NEW_TECH = 'The advent of 5G and emergence of other new technologies such as Artificial Intelligence';

export const SILENT: readonly CorpusQuestionInput[] = [
  silent('norway', 'What is Norway doing to protect children online?', CHILDREN, 'albania', ALBANIA_CHILDREN),
  silent('usa', 'How does the US strategy protect children on the internet?', CHILDREN, 'nigeria', NIGERIA_CHILDREN),
  silent('russia', 'What does Russia say about child online safety?', CHILDREN, 'nigeria', NIGERIA_CHILDREN),
  silent('norway', "Does Norway's strategy say anything about quantum computing?", QUANTUM, 'singapore', SINGAPORE_QUANTUM),
  silent('ghana', 'How is Ghana preparing for quantum computers breaking encryption?', QUANTUM, 'singapore', SINGAPORE_QUANTUM),
  silent('lebanon', 'What are the Lebanese plans on quantum technology risks?', QUANTUM, 'austria', AUSTRIA_QUANTUM),
  silent('uganda', 'Is Uganda preparing for quantum technology?', QUANTUM, 'austria', AUSTRIA_QUANTUM),
  silent('samoa', "What is Samoa's policy on cloud computing security?", CLOUD, 'singapore', SINGAPORE_CLOUD),
  silent('gambia', 'Does the Gambia have a plan for cloud services security?', CLOUD, 'lebanon', LEBANON_CLOUD),
  silent('malawi', 'How does Malawi secure government data in the cloud?', CLOUD, 'malaysia', MALAYSIA_CLOUD),
  silent('sierra-leone', 'What does Sierra Leone say about cloud computing?', CLOUD, 'singapore', SINGAPORE_CLOUD),
  silent('usa', 'What does the US strategy say about ransomware?', RANSOMWARE, 'australia', AUSTRALIA_RANSOMWARE),
  silent('japan', 'How does Japan deal with ransomware attacks?', RANSOMWARE, 'north-macedonia', MACEDONIA_RANSOM),
  silent('malawi', 'What does Malawi say about ransomware?', RANSOMWARE, 'australia', AUSTRALIA_RANSOMWARE),
  silent('samoa', 'Is ransomware a threat for Samoa?', RANSOMWARE, 'north-macedonia', MACEDONIA_RANSOM),
  silent('singapore', 'Has Singapore joined the Budapest Convention on Cybercrime?', BUDAPEST, 'ghana', GHANA_BUDAPEST),
  silent('australia', "What is Australia's position on the Budapest Convention?", BUDAPEST, 'costa-rica', COSTA_RICA_BUDAPEST),
  silent('norway', 'Has Norway ratified the Budapest Convention?', BUDAPEST, 'ghana', GHANA_BUDAPEST),
  silent('norway', 'How does Norway help small and medium enterprises with cyber security?', SMES, 'hungary', HUNGARY_SMES),
  silent('russia', 'What does Russia do for SMEs in cyber security?', SMES, 'hungary', HUNGARY_SMES),
  silent('uganda', 'Is Uganda planning for 5G network security?', FIVE_G, 'singapore', SINGAPORE_CLOUD),
  silent('ghana', 'What does Ghana say about 5G?', FIVE_G, 'nigeria', NIGERIA_NEW_TECH),
  silent('gambia', 'What does The Gambia say about artificial intelligence?', AI, 'nigeria', NIGERIA_NEW_TECH),
  silent('lithuania', "Does Lithuania's programme deal with artificial intelligence?", AI, 'malaysia', MALAYSIA_CLOUD),
  silent('costa-rica', "What role does Costa Rica's military play in cyber defence?", ['militar', 'armed forces', '\\barmy\\b'], 'norway', 'challenging the conventional placement of responsibility between the civilian and military sectors'),
  silent('jamaica', 'What does Jamaica say about supply chain attacks?', ['supply.chain'], 'north-macedonia', 'adding to the risk of supply-chain attacks where commercial of-the-shelf'),
  silent('indonesia', 'Does Indonesia have a national CERT?', ['\\bCERTs?\\b', 'SIRT', 'incident response', 'emergency response'], 'jamaica', 'will include the establishment of a Cyber Incident Response Team'),
  silent('indonesia', 'How much money has Indonesia set aside for cyber security?', ['\\bfund', 'budget', 'financ', 'money', 'allocat'], 'bangladesh', 'will also provide additional funding and scholarships'),
  silent('russia', 'What does Russia plan for cybersecurity education in schools?', ['educat', 'school', 'universit', 'training', 'curricul'], 'south-korea', 'strengthening the cyber security education in elementary, middle and high schools'),
  silent('singapore', 'What does Singapore say about the Malabo Convention of the African Union?', ['malabo', 'african union'], 'uganda', 'Uganda has yet to sign and ratify both the African Union Convention'),
  silent('ghana', 'What is Ghana doing about deepfakes?', ['deep.?fake'], 'nigeria', 'emerging cyber threats such as Machine Learning Poisoning, Deep Fakes'),
  silent('australia', "How did the SolarWinds breach change Australia's strategy?", ['solar.?winds'], 'singapore', 'from the SolarWinds breach, to the Kaseya Virtual System Administrator'),
  silent('usa', 'What does the US strategy say about the Colonial Pipeline ransomware attack?', ['colonial pipeline', 'ransom'], 'singapore', 'ransomware attacks on the Colonial Pipeline Company in the US'),
  silent('nigeria', 'What does Nigeria say about the NotPetya attack?', ['petya'], 'australia', 'the NotPetya and WannaCry attacks in 2017'),
];
