/** Making a query term: its weight by where it came from, and how much typo and prefix matching it gets. */
import { languageOfTerm } from '../text/analysis/languages.ts';
import { FUZZY_FRACTION, FUZZY_MIN_LENGTH, MAX_FUZZY_DISTANCE, PREFIX_MIN_LENGTH } from './limits.ts';
import type { QueryTerm, TermSource } from './plan.ts';

const WEIGHT: Record<TermSource, number> = { question: 1, year: 1.5, actor: 0.5, glossary: 0.6 };

/**
 * A query term. Typo and prefix matching are sized on the word, not on the
 * language mark a term of another language carries (`fr:tart` is a
 * four-letter word): a short word gets neither, as in English. The edits
 * of a marked term are given as a count (the index reads a number of 1 or
 * more as one), since a fraction would be of the marked length.
 */
export function makeTerm(term: string, source: TermSource, everyday: boolean): QueryTerm {
  const searchable = source === 'question' || source === 'glossary';
  const marked = languageOfTerm(term) !== undefined;
  const length = marked ? term.length - 3 : term.length;
  const typos = searchable && length >= FUZZY_MIN_LENGTH && !/\p{N}/u.test(term);
  const edits = Math.min(MAX_FUZZY_DISTANCE, Math.round(length * FUZZY_FRACTION));
  return {
    term,
    weight: WEIGHT[source],
    fuzzy: !typos ? false : !marked ? FUZZY_FRACTION : edits >= 1 ? edits : false,
    prefix: searchable && length >= PREFIX_MIN_LENGTH && !/\p{N}/u.test(term),
    source,
    everyday,
  };
}
