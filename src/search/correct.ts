/**
 * Spelling correction that typo tolerance misses: two neighbouring letters
 * swapped ("sheild"). An edit distance counts a swap as two edits, more than
 * a short word is allowed, so a term the index has never seen is tried with
 * each neighbouring pair swapped, and replaced by the variant the index
 * knows best. One dictionary lookup per letter: cheap at any corpus size.
 */
import { FUZZY_MAX_LENGTH } from './limits.ts';
import type { QueryPlan, QueryTerm } from './plan.ts';

/** What correction needs to know of the index: how many passages hold a term. */
export interface Vocabulary {
  documentFrequency(term: string): number;
}

/** The best-known variant of `term` with one pair of neighbouring letters swapped, if the index knows one. */
export function transpositionOf(term: string, vocabulary: Vocabulary): string | undefined {
  let best: string | undefined;
  let bestDf = 0;
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    const variant = term.slice(0, i) + (term[i + 1] ?? '') + (term[i] ?? '') + term.slice(i + 2);
    const df = vocabulary.documentFrequency(variant);
    if (df > bestDf) {
      best = variant;
      bestDf = df;
    }
  }
  return best;
}

/** `plan` with each unknown searchable term replaced by its known transposition, where there is one. */
export function correctTranspositions(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
  let changed = false;
  const terms = plan.terms.map((t): QueryTerm => {
    // Past FUZZY_MAX_LENGTH a "word" is pasted junk: its variants would cost the square of its length, for nothing.
    if (t.fuzzy === false || t.term.length > FUZZY_MAX_LENGTH || vocabulary.documentFrequency(t.term) > 0) return t;
    const fixed = transpositionOf(t.term, vocabulary);
    if (fixed === undefined || plan.terms.some((o) => o.term === fixed)) return t;
    changed = true;
    return { ...t, term: fixed };
  });
  return changed ? { ...plan, terms } : plan;
}
