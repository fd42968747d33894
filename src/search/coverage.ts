/**
 * Coverage: how much of the question a hit answers, in the order of what
 * answers. BM25+ as MiniSearch scores it (ranking.ts) multiplies a passage's
 * summed term scores by the number of query terms it matched, and counts
 * every planned term apart: the five words of an acronym's long form, each
 * prefix of a word, the documents' words the thesaurus added. A passage that
 * spells out one acronym ("Ministerio de Ciencia, Tecnología y
 * Telecomunicaciones (MICITT)", a reference line) then outranks one that
 * answers the whole question with the acronym alone.
 *
 * Two corrections, made on the hits the evidence test judges (answer.ts),
 * never on the index's scores (the scoring property test holds those equal
 * to MiniSearch's):
 *
 * - the multiplier counts concepts, not planned terms: a question term and
 *   every term an expansion of it added (glossary, thesaurus) are one
 *   concept, the actor's names another, each other planned term its own;
 * - the score is multiplied by the hit's evidence share (evidence.ts: the
 *   question's weight it matched, each term by its rarity) to the power
 *   COVERAGE_EXPONENT: between two passages of near-equal BM25, the one that
 *   answers more of what was asked comes first.
 *
 * Measured on the corpus questions (issue 14, `npm run quality -- --corpus`):
 * see COVERAGE_EXPONENT.
 */
import type { QueryPlan } from './plan.ts';
import type { RankedHit, Ranking } from './results.ts';
import { bitCount } from './score-board.ts';

/**
 * The power of the evidence share a hit's score is multiplied by. Measured
 * on the 242 English corpus questions (hit@3 total / paraphrase / acronym /
 * named-body), concepts counted, before the OCR variants and the
 * named-body evidence rule: 0 → 0.76 / 0.53 / 0.89 / 0.79,
 * 1 → 0.77 / 0.59 / 0.92 / 0.74, 2 → 0.78 / 0.63 / 0.95 / 0.74,
 * 3 → 0.77 / 0.57 / 0.95 / 0.74. With everything else of 2026-12-05 in:
 * 0 → 0.77 / 0.53 / 0.95 / 0.84, 2 → 0.80 / 0.63 / 1.00 / 0.79; concepts
 * not counted (exponent 2) → 0.78 / 0.57 / 0.95 / 0.84.
 */
export const COVERAGE_EXPONENT = 2;

/**
 * The bit masks (over `ranking`'s terms) of the question's concepts: each
 * expansion's found and added terms together, the actor names together,
 * and every other searched term alone. A term is in one concept only.
 */
export function conceptMasks(plan: QueryPlan, ranking: Ranking): number[] {
  const bitOf = new Map(ranking.terms.map((t, bit) => [t.term, bit]));
  const masks: number[] = [];
  const taken = new Set<number>();
  const concept = (terms: readonly string[]): void => {
    let mask = 0;
    for (const t of terms) {
      const bit = bitOf.get(t);
      if (bit === undefined || taken.has(bit)) continue;
      taken.add(bit);
      mask |= 1 << bit;
    }
    if (mask !== 0) masks.push(mask);
  };
  for (const e of plan.expansions) concept([...e.foundTerms, ...e.addedTerms]);
  concept(plan.terms.filter((t) => t.source === 'actor').map((t) => t.term));
  for (const t of ranking.terms) concept([t.term]);
  return masks;
}

/**
 * `hit`'s score with its multiplier counting the concepts it matched (of
 * `concepts`, from {@link conceptMasks}) rather than the planned terms, times
 * its evidence `share` to the power COVERAGE_EXPONENT.
 */
export function coverageScore(hit: RankedHit, share: number, concepts: readonly number[]): number {
  const terms = bitCount(hit.matched);
  if (terms === 0) return 0;
  let matched = 0;
  for (const c of concepts) if ((c & hit.matched) !== 0) matched++;
  return (hit.score / terms) * matched * share ** COVERAGE_EXPONENT;
}
