/**
 * Questions across countries ("which countries…", two countries named):
 * any listed passage answers; the first result must be one of their actors.
 */
import type { CorpusQuestionInput } from './schema.ts';

const across = (question: string, ...expect: [actor: string, text: string][]): CorpusQuestionInput => ({
  kind: 'across',
  question,
  expect: expect.map(([actor, text]) => ({ actor, text })),
});

export const ACROSS: readonly CorpusQuestionInput[] = [
  across(
    'Which countries mention the Budapest Convention?',
    ['ghana', 'with Ghana becoming the 62nd state party to the Convention'],
    ['costa-rica', 'Adherence to the Convention on Cybernetic Crime (also known as Budapest Convention)'],
    ['uganda', 'Uganda has yet to sign and ratify both the African Union Convention'],
  ),
  across(
    'Which countries work with ASEAN on cybersecurity?',
    ['singapore', 'strengthened collaboration with our Association of Southeast Asian Nations'],
    ['malaysia', 'intensify efforts in driving CBMs within ASEAN'],
  ),
  across(
    'Which strategies talk about cooperation with NATO?',
    ['norway', 'NATO is putting civilian emergency preparedness and civilian-military collaboration'],
    ['lithuania', 'The European Union and NATO devote much attention'],
    ['albania', 'Cooperation with NATO and the EU will be specially strengthened'],
  ),
  across('Which African countries refer to the Malabo Convention?', ['uganda', 'Uganda has yet to sign and ratify both the African Union Convention']),
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
  across(
    'Which countries worry about quantum technologies?',
    ['singapore', 'Quantum technologies will also disrupt the cryptographic methods'],
    ['austria', 'such as quantum technology, is expected to usher in a range of new security risks'],
  ),
  across(
    'Which countries address cyber security in small and medium enterprises?',
    ['hungary', 'Hungarian companies, especially small and medium-sized enterprises (SMEs), typically pay little attention'],
    ['north-macedonia', 'Low level of cyber security in small and medium enterprises'],
    ['australia', 'large businesses will assist small and medium enterprises'],
  ),
  across(
    'Which countries mention ransomware?',
    ['australia', 'ransomware or malware – if your system or devices have been compromised'],
    ['north-macedonia', 'victims areoften willingto pay a large financial sumsto the attackers'],
  ),
  across(
    'How do Ghana and Nigeria protect children online?',
    ['nigeria', 'Nigeria recognises the importance of the protection and safety of the younger generation'],
    ['ghana', 'especially children, of the Internet are exposed to must be addressed'],
  ),
  across(
    'Which strategies discuss the internet of things?',
    ['sierra-leone', 'is expanding the Internet beyond computers and mobile phones into other cyber-physical'],
    ['north-macedonia', 'cyber hygiene is ignored by most users'],
    ['lebanon', 'Industrial Internet of Things (IIoT) and cloud services are on the rise'],
  ),
  across(
    'Which countries have a national CERT?',
    ['sri-lanka', 'operating directly under the purview of the Ministry of Telecommunication'],
    ['hungary', 'operates an information security incident response organization'],
    ['jamaica', 'will include the establishment of a Cyber Incident Response Team'],
    ['philippines', 'through the establishment of the National Computer Emergency Response Team (NCERT)'],
    ['norway', 'runs the national response function for serious computer attacks on critical infrastructure'],
  ),
  across(
    'Compare the cyber security agencies of Sri Lanka and Bangladesh',
    ['sri-lanka', 'NICSA will establish a National Cyber Alert System'],
    ['bangladesh', 'Threat information sharing platforms will coordinate with Digital Security Agency'],
  ),
  across('Which countries mention blockchain technology?', ['nigeria', 'artificial intelligence, cloud computing, blockchain technology and Internet of Things']),
  across(
    'Which countries plan cyber security education in schools?',
    ['south-korea', 'strengthening the cyber security education in elementary, middle and high schools'],
    ['singapore', 'will work closely with our schools to educate students in cybersecurity'],
  ),
];
