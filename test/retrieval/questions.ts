/**
 * Retrieval-quality questions about the shipped corpus, written by hand:
 * direct wording, paraphrase, acronyms, aliases, British/American spelling
 * and typos, each with the passage that must answer it. Plus off-topic
 * questions that must get no passage at all. Add to these; never remove one
 * to make a change pass.
 */

/** One question and the passage that answers it. */
export interface QualityQuestion {
  readonly question: string;
  readonly expect: string;
  readonly actor?: string;
  /** What the question exercises. */
  readonly kind: 'direct' | 'paraphrase' | 'acronym' | 'alias' | 'spelling' | 'typo' | 'filter';
}

const EU = 'eu-resilience-capacity-building';
const JP = 'japan-resilience-capacity-building';
const US = 'us-resilience-capacity-building';

export const QUESTIONS: readonly QualityQuestion[] = [
  { question: 'What is NIS2?', expect: `${EU}#2`, kind: 'acronym' },
  { question: 'When was the NIS Directive adopted?', expect: `${EU}#1`, kind: 'direct' },
  { question: 'Which Cybersecurity Acts does the EU have?', expect: `${EU}#1`, kind: 'direct' },
  { question: 'EU cybersecurity certification scheme', expect: `${EU}#1`, kind: 'direct' },
  { question: 'What is the Union-wide cybersecurity shield for?', expect: `${EU}#2`, kind: 'direct' },
  { question: 'Is there a proposal on the resilience of critical entities?', expect: `${EU}#2`, kind: 'paraphrase' },
  { question: "What are the EU's plans for security operations centers?", expect: `${EU}#2`, kind: 'spelling' },
  { question: 'SOC network', expect: `${EU}#2`, kind: 'acronym' },
  { question: 'cyber diplomacy toolbox', expect: `${EU}#3`, kind: 'direct' },
  { question: 'Can the Union impose sanctions after cyber incidents?', expect: `${EU}#3`, kind: 'paraphrase' },
  { question: 'Does Brussels do attribution?', expect: `${EU}#3`, kind: 'alias' },
  { question: 'supervision of critical sectors', expect: `${EU}#1`, kind: 'direct' },
  { question: 'How does the Commission want to detect cyber-attacks?', expect: `${EU}#2`, kind: 'alias' },
  { question: "Japan's 2018 Cybersecurity Strategy", expect: `${JP}#1`, kind: 'direct' },
  { question: 'What are the core components of the Japanese strategy?', expect: `${JP}#1`, kind: 'alias' },
  { question: 'national ownership of recipient countries', expect: `${JP}#1`, kind: 'direct' },
  { question: 'a tailor made approach to capacity building', expect: `${JP}#1`, kind: 'paraphrase' },
  { question: 'trickle-up effect', expect: `${JP}#2`, kind: 'direct' },
  { question: 'Why does Japan reject common but differentiated responsibility?', expect: `${JP}#2`, kind: 'direct' },
  { question: 'How has Tokyo used multilateral fora to promote its norms?', expect: `${JP}#2`, kind: 'alias' },
  { question: 'Ise-Shima Principles', expect: `${JP}#3`, kind: 'direct' },
  { question: 'What happened at the G7 summit in May 2016?', expect: `${JP}#3`, kind: 'direct' },
  { question: 'Why does Japan care about the cyber capabilities of developing countries?', expect: `${JP}#3`, kind: 'direct' },
  { question: 'Japanese capacity building through ASEAN', expect: `${JP}#3`, kind: 'alias' },
  { question: 'Interim National Security Strategic Guidance', expect: `${US}#1`, kind: 'direct' },
  { question: 'What did the Solarium Commission recommend?', expect: `${US}#1`, kind: 'direct' },
  { question: 'layered resilience', expect: `${US}#1`, kind: 'direct' },
  { question: 'Did Washington make cybersecurity a top priority in 2021?', expect: `${US}#1`, kind: 'alias' },
  { question: 'American capacity building in Africa', expect: `${US}#2`, kind: 'alias' },
  { question: 'Who does the US work with in Africa, like the AU?', expect: `${US}#2`, kind: 'acronym' },
  { question: 'an open, secure and democratic model for Internet governance', expect: `${US}#2`, kind: 'direct' },
  { question: 'joint military exercises under NATO', expect: `${US}#3`, kind: 'direct' },
  { question: 'US Cyber Command and Montenegro', expect: `${US}#3`, kind: 'paraphrase' },
  { question: 'AUKUS and the Quad', expect: `${US}#3`, kind: 'acronym' },
  { question: 'confidence-building measures in the GGE reports', expect: `${US}#3`, kind: 'direct' },
  { question: 'CBMs', expect: `${US}#3`, kind: 'acronym' },
  { question: 'Group of Governmental Experts', expect: `${US}#3`, kind: 'acronym' },
  { question: 'Quadrilateral Security Dialogue', expect: `${US}#3`, kind: 'direct' },
  { question: 'cyber defense cooperation of the U.S.', expect: `${US}#3`, kind: 'spelling' },
  { question: 'harmonisation of national cybersecurity capabilities', expect: `${EU}#1`, kind: 'spelling' },
  { question: 'cybersecurty sheild', expect: `${EU}#2`, kind: 'typo' },
  { question: 'Ise-Shina summit', expect: `${JP}#3`, kind: 'typo' },
  { question: 'Japan incident response', expect: `${JP}#1`, kind: 'typo' },
  { question: 'layerd resilence', expect: `${US}#1`, kind: 'typo' },
  { question: 'Solarim Comission', expect: `${US}#1`, kind: 'typo' },
  { question: 'capacity building', actor: 'us', expect: `${US}#2`, kind: 'filter' },
  { question: 'capacity building', actor: 'Japanese', expect: `${JP}#1`, kind: 'filter' },
  { question: 'CCB', expect: `${JP}#1`, kind: 'acronym' },
  { question: 'What does Japan say CCB improves?', expect: `${JP}#2`, kind: 'acronym' },
  // Written blind, after the rules above were settled, to check they generalise.
  { question: 'What legal acquis has the EU built for critical infrastructure?', expect: `${EU}#1`, kind: 'direct' },
  { question: 'supply chain security in EU law', expect: `${EU}#1`, kind: 'paraphrase' },
  { question: 'What new initiatives will the Commission introduce?', expect: `${EU}#2`, kind: 'alias' },
  { question: 'restrictive measures', expect: `${EU}#3`, kind: 'direct' },
  { question: 'How does Japan see the link between its trade and regional partners?', expect: `${JP}#3`, kind: 'paraphrase' },
  { question: 'Japanese view on global initiatives to reduce vulnerabilities', expect: `${JP}#1`, kind: 'alias' },
  { question: 'balanced approach to CCB', expect: `${JP}#2`, kind: 'acronym' },
  { question: 'arsenal of resilience measures', expect: `${US}#1`, kind: 'direct' },
  { question: 'Southern African Development Community', expect: `${US}#2`, kind: 'acronym' },
  { question: 'tripartite coalition', expect: `${US}#3`, kind: 'direct' },
  { question: 'Should CBMs be bilateral or multilateral?', expect: `${US}#3`, kind: 'acronym' },
  { question: 'international cooperation in sharing expertise', expect: `${JP}#1`, kind: 'direct' },
  { question: 'stabilisation measures', expect: `${EU}#3`, kind: 'direct' },
  { question: 'stabilization measures', expect: `${EU}#3`, kind: 'spelling' },
  { question: 'Montenegrin militray', expect: `${US}#3`, kind: 'typo' },
];

/** Questions the corpus does not answer: each must get no passage. */
export const OFF_TOPIC: readonly string[] = [
  'cake recipes',
  'What is the best chocolate cake recipe?',
  'football results',
  'Who won the football world cup?',
  'How do I reset my router password?',
  'weather in Paris tomorrow',
  'How do I train a dog?',
  'What is the capital of France?',
  'Japanese football league results',
  'pizza delivery near me',
  'lyrics of a love song',
  'How tall is Mount Everest?',
];
