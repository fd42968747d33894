/**
 * "Cyber" alone, as analysts write it for cybersecurity ("cyber risks",
 * "cyber staff", "cyber education"), is also searched as "cybersecurity".
 * Many strategies write the closed compound where a question says "cyber"
 * ("detect, analyze, understand, and mitigate cybersecurity risks"), and
 * the stemmer keeps the two apart (`cyber`, `cybersecur`), so such a
 * passage matched nothing for the question's "cyber". The compound is an
 * expansion of "cyber" alone: a passage that holds it answers for "cyber",
 * and no more.
 *
 * Not where "cyber" opens a compound of its own, written apart ("cyber
 * security", "cyber crime", even misspelt: "cyber securty"): it already
 * means that compound. Two words written apart also searched as one in
 * general ("cyber crime" → "cybercrime"), and a "cyber…" word split in two,
 * were measured too and left out: they answered a question nothing in the
 * corpus answers and put typo questions' passages lower (issue 14).
 *
 * By hand: one word of the field's own register, which no synonym source
 * we know has.
 */
import { processWord, tokenize } from '../text/terms.ts';
import type { Vocabulary } from './correct.ts';
import { MAX_EXPANSION_TERMS } from './limits.ts';
import type { QueryPlan } from './plan.ts';
import { makeTerm } from './query-term.ts';
import { correctedTerm } from './spelling.ts';

/** The word, as a question writes it alone. */
const CYBER = 'cyber';

/** The compound it stands for. */
const MEANT = 'cybersecurity';

/** Whether `next` (the word after "cyber", if any) makes a compound with it the index knows, as written or as its correction. */
function opensCompound(next: string | undefined, vocabulary: Vocabulary): boolean {
  if (next === undefined) return false;
  const known = (term: string | undefined): boolean => term !== undefined && vocabulary.documentFrequency(term) > 0;
  const term = processWord(next);
  if (term === undefined) return false;
  if (known(processWord(CYBER + next)) || known(CYBER + term)) return true;
  const corrected = known(term) ? undefined : correctedTerm(next.toLowerCase(), vocabulary);
  return corrected !== undefined && known(CYBER + corrected);
}

/** `plan` (English) with "cybersecurity" searched for each "cyber" its question writes alone, within MAX_EXPANSION_TERMS. */
export function withCyberMeant(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
  if (plan.language !== 'en') return plan;
  const meant = processWord(MEANT);
  if (meant === undefined || vocabulary.documentFrequency(meant) === 0 || plan.terms.some((t) => t.term === meant)) return plan;
  if (!plan.terms.some((t) => t.term === CYBER && t.source === 'question')) return plan;
  if (plan.terms.filter((t) => t.source === 'glossary').length >= MAX_EXPANSION_TERMS) return plan;
  const words = tokenize(plan.question).map((t) => t.word.toLowerCase());
  const alone = words.some((w, i) => w === CYBER && !opensCompound(words[i + 1], vocabulary));
  if (!alone) return plan;
  return {
    ...plan,
    terms: [...plan.terms, makeTerm(meant, 'glossary', false)],
    expansions: [...plan.expansions, { found: CYBER, foundTerms: [CYBER], added: [MEANT], addedTerms: [meant], whole: true }],
  };
}
