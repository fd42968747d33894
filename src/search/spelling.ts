/**
 * Spelling correction before stemming. A misspelt word stems to something
 * no passage holds (or only a broken one) and that typo matching on stems cannot reach:
 * "securty" stems to "securti", two edits from "secur" (security);
 * "informaton" stays whole, four from "inform". So each question word whose
 * term the index does not know is tried as written with one edit (a letter
 * dropped, added, changed, or two swapped), each variant stemmed like the
 * index's words, and replaced by the variant whose term the most passages
 * hold. Written by hand: the vocabulary is the index's own, which no
 * spelling library knows; the cost is bounded (MAX_CORRECTED_WORDS words of
 * at most FUZZY_MAX_LENGTH letters, ~0.3 ms each).
 */
import { isEnglishWord } from '../text/common-words.ts';
import { processWord, tokenize } from '../text/terms.ts';
import type { Vocabulary } from './correct.ts';
import { FUZZY_MAX_LENGTH } from './limits.ts';
import type { QueryPlan, QueryTerm } from './plan.ts';

/** The most words of one question corrected: a question of many unknown words is not misspelt, it is about something else. */
export const MAX_CORRECTED_WORDS = 4;

/**
 * A term this rare is corrected too when a spelling one edit away is
 * RARE_RATIO times as common: broken words in the documents ("securit y")
 * make some misspellings known to the index.
 */
export const RARE_DF = 2;
export const RARE_RATIO = 50;

/** The shortest word corrected: one edit turns a short word into too many others. */
export const MIN_CORRECTED_LENGTH = 5;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit away from `word` (lowercase). */
function variants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) out.push(head + word.slice(i + 1));
    if (i + 1 < word.length) out.push(head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    for (const c of LETTERS) {
      out.push(head + c + word.slice(i));
      if (i < word.length && c !== word.charAt(i)) out.push(head + c + word.slice(i + 1));
    }
  }
  return out;
}

/** The index term of the best-known spelling one edit from `word`, if the index knows one. */
export function correctedTerm(word: string, vocabulary: Vocabulary, atLeast = 1): string | undefined {
  let best: string | undefined;
  let bestDf = atLeast - 1;
  for (const v of variants(word.toLowerCase())) {
    const term = processWord(v);
    if (term === undefined) continue;
    const df = vocabulary.documentFrequency(term);
    if (df > bestDf) {
      best = term;
      bestDf = df;
    }
  }
  return best;
}

/** `plan` with the terms of misspelt question words replaced by their corrections (see the module comment). */
export function correctSpelling(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
  const unknown = (t: QueryTerm): boolean => t.source === 'question' && t.fuzzy !== false && vocabulary.documentFrequency(t.term) <= RARE_DF;
  if (!plan.terms.some(unknown)) return plan;
  const fixes = new Map<string, string>();
  for (const { word } of tokenize(plan.question)) {
    if (fixes.size >= MAX_CORRECTED_WORDS) break;
    if (word.length < MIN_CORRECTED_LENGTH || word.length > FUZZY_MAX_LENGTH || !/^\p{L}+$/u.test(word)) continue;
    // A real word is what was meant ("recipes"), however close it is to a word of the documents.
    if (isEnglishWord(word.toLowerCase())) continue;
    const term = processWord(word);
    const planned = plan.terms.find((t) => t.term === term);
    if (term === undefined || planned === undefined || !unknown(planned) || fixes.has(term)) continue;
    const df = vocabulary.documentFrequency(term);
    const fixed = correctedTerm(word, vocabulary, df === 0 ? 1 : df * RARE_RATIO);
    if (fixed !== undefined && !plan.terms.some((o) => o.term === fixed) && ![...fixes.values()].includes(fixed)) fixes.set(term, fixed);
  }
  if (fixes.size === 0) return plan;
  return { ...plan, terms: plan.terms.map((t) => ({ ...t, term: fixes.get(t.term) ?? t.term })) };
}
