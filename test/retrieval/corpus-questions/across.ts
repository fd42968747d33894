/**
 * Questions across countries ("which countries…", two countries named):
 * any listed passage answers; the first result must be one of their actors.
 * A "which strategies mention…" question carries the topic's pattern
 * (`mentions`) and a passage of every country whose documents match it
 * (checked before every run), so that a right answer is never a miss.
 */
import type { CorpusQuestionInput } from './schema.ts';

type Pair = [actor: string, text: string];
const across = (question: string, ...expect: Pair[]): CorpusQuestionInput => ({
  kind: 'across',
  question,
  expect: expect.map(([actor, text]) => ({ actor, text })),
});
const mentioning = (question: string, mentions: string, ...expect: Pair[]): CorpusQuestionInput => ({ ...across(question, ...expect), mentions });

export const ACROSS: readonly CorpusQuestionInput[] = [
  mentioning(
    'Which countries mention the Budapest Convention?',
    // Japan's "October 2012, Budapest" is the city of a conference, not the convention.
    '(?<!2012, )budapest|council of europe.s convention on cybercrime',
    ['ghana', 'with Ghana becoming the 62nd state party to the Convention'],
    ['ghana', 'The Budapest Convention on Cyber Security which has been in force'],
    ['costa-rica', 'Adherence to the Convention on Cybernetic Crime (also known as Budapest Convention)'],
    ['uganda', 'Uganda has yet to sign and ratify both the African Union Convention'],
    ['hungary', 'principles formulated in the 2001 Budapest Convention'],
    ['sri-lanka', 'Sri Lanka ratified the Budapest Convention on Cybercrime in 2015'],
    ['sri-lanka', "Sri Lanka ratified the Council of Europe's Convention on Cybercrime"],
    ['malawi', 'cybercrime through treaties, conventions (e.g. Budapest) and bilateral agreements'],
    ['belize', 'review the process for acceding to the Convention on Cybercrime (Budapest Convention)'],
    ['gambia', 'international protocols such as the Budapest, Malabo conventions should be pursued'],
    ['gambia', 'partners in combating cybercrime through conventions (Budapest)'],
    // The French and Spanish strategies name it too: an English question finds them through the name,
    ['burkina-faso', 'la Convention sur la cybercriminalité du Conseil de l’Europe, adoptée à Budapest le 23 novembre 2001'],
    ['burkina-faso', 'vis-à-vis de la Convention de Budapest sur la cybercriminalité'],
    ['panama', 'En 2014, Panamá ratificó la Convención de Budapest'],
    ['panama', 'En 2014, Panamá exitosamente ratificó la Convención de Budapest'],
    ['mauritania', 'contre la cybercriminalité que constitue la Convention de Budapest'],
  ),
  mentioning(
    'Which strategies mention ASEAN?',
    'asean',
    ['singapore', 'strengthened collaboration with our Association of Southeast Asian Nations'],
    ['singapore', 'ASEAN became the first regional organisation to subscribe in-principle'],
    ['singapore', 'Singapore also hosts the ASEAN Ministerial Conference on Cybersecurity'],
    ['malaysia', 'intensify efforts in driving CBMs within ASEAN'],
    ['thailand', 'develop a framework for international cooperation and ASEAN'],
    ['philippines', 'the longterm Vision for the Philippines AmbisyonNatin 2040 and the ASEAN Masterplan of 2015'],
    ['japan', 'newly emerging nations as well as developing countries in ASEAN and other regions'],
    ['saudi-arabia', 'Association of Southeast Asian Nations (ASEAN)'],
    ['costa-rica', 'varias entidades como la Unión Europea, ASEAN y la OEA han adoptado un enfoque regional'],
  ),
  across(
    'What do Lithuania and Albania say about NATO?',
    ['lithuania', 'The European Union and NATO devote much attention'],
    ['albania', 'Cooperation with NATO and the EU will be specially strengthened'],
  ),
  mentioning(
    'Which African countries refer to the Malabo Convention?',
    'malabo',
    ['uganda', 'Uganda has yet to sign and ratify both the African Union Convention'],
    ['gambia', 'international protocols such as the Budapest, Malabo conventions should be pursued'],
    ['gambia', 'ratification and accession to the AU Malabo Convention'],
    ['ghana', 'by Article 26(3) of the Malabo Convention which mandates member states'],
    ['burkina-faso', 'aussi appelée la "Convention de Malabo"'],
    ['mauritania', 'dite Convention de Malabo, qui fixe les mesures de cybersécurité'],
    ['togo', 'Protection des Données à Caractère Personnel dite convention de Malabo'],
    ['togo', 'où convention de Malabo, ce qui lui a permis d\'être partie prenante'],
  ),
  across(
    'Compare how Norway and Austria approach cyber cooperation',
    ['norway', 'reinforce public-private, civilian-military and international cooperations'],
    ['austria', 'we need to work together even more closely at both the domestic and the international levels'],
  ),
  across(
    'What do Singapore and Malaysia say about artificial intelligence?',
    ['singapore', 'technologies such as artificial intelligence and quantum computing also present us with new ways'],
    ['malaysia', 'Artificial Intelligence (Al), and hyper-scale cloud'],
  ),
  mentioning(
    'Which countries worry about quantum technologies?',
    'quantum',
    ['singapore', 'Quantum technologies will also disrupt the cryptographic methods'],
    ['austria', 'such as quantum technology, is expected to usher in a range of new security risks'],
    ['saudi-arabia', 'it seems prudent because of quantum computation for a modern technologically'],
  ),
  across(
    'What do Hungary and North Macedonia say about cyber security in small and medium enterprises?',
    ['hungary', 'Hungarian companies, especially small and medium-sized enterprises (SMEs), typically pay little attention'],
    ['north-macedonia', 'Low level of cyber security in small and medium enterprises'],
  ),
  mentioning(
    'Which strategies mention ransomware?',
    'ransomware',
    ['australia', 'ransomware or malware – if your system or devices have been compromised'],
    ['north-macedonia', 'However, incertain cases ransomwareis intendedto cause damage or destroy certain targets'],
    ['ghana', 'The WannaCry ransomware attack is an example of how a single cybersecurity incident'],
    ['singapore', 'ransomware attacks on the Colonial Pipeline Company in the US'],
    ['sierra-leone', 'by the increasing use of ransomware, phishing, and threats of distributed'],
    ['thailand', 'Information provided to victims of such WannaCry Ransomware is malware called'],
    ['sri-lanka', 'attacks, advanced persistent threats, botnets, ransomware, financial frauds'],
    ['norway', 'types of threats such as ransomware, industrial espionage, sabotage, blackmail'],
    ['lebanon', 'Ransomware is malicious software that, in many cases, restricts access'],
    ['belize', 'to the recent spate of ransomware attacks on other targets'],
    ['malaysia', 'social engineering ploys, malware and ransomware infections'],
    ['nigeria', 'Phishing, Business Email Compromise (BEC), ransomware and malwares'],
    ['philippines', 'The increasing use of ransomware and threats of distributed denial of'],
    ['belgium', 'sont bloqués par un maliciel “ransomware” qui demande à la victime de payer'],
    ['greece', 'στη 13η θέση ανήλθαν τα ransomware'],
    ['togo', 'les ransomwares, les coin miners, les attaques par rebond'],
  ),
  across(
    'How do Ghana and Nigeria protect children online?',
    ['nigeria', 'Nigeria recognises the importance of the protection and safety of the younger generation'],
    ['ghana', 'especially children, of the Internet are exposed to must be addressed'],
  ),
  across(
    'Compare what Sierra Leone and Lebanon say about the internet of things',
    ['sierra-leone', 'is expanding the Internet beyond computers and mobile phones into other cyber-physical'],
    ['lebanon', 'Industrial Internet of Things (IIoT) and cloud services are on the rise'],
  ),
  across(
    'Compare the national CERTs of Norway and Sri Lanka',
    ['sri-lanka', 'operating directly under the purview of the Ministry of Telecommunication'],
    ['norway', 'runs the national response function for serious computer attacks on critical infrastructure'],
  ),
  across(
    'Compare the cyber security agencies of Sri Lanka and Bangladesh',
    ['sri-lanka', 'NICSA will establish a National Cyber Alert System'],
    ['bangladesh', 'Threat information sharing platforms will coordinate with Digital Security Agency'],
  ),
  mentioning(
    'Which countries mention blockchain technology?',
    'blockchain',
    ['nigeria', 'artificial intelligence, cloud computing, blockchain technology and Internet of Things'],
    ['benin', "l'Internet des objets, la Blockchain, l'Intelligence Artificielle, le Big Data"],
  ),
  across(
    'What do South Korea and Singapore plan for cyber security education in schools?',
    ['south-korea', 'strengthening the cyber security education in elementary, middle and high schools'],
    ['singapore', 'will work closely with our schools to educate students in cybersecurity'],
  ),
];
