/**
 * BM25+ as MiniSearch computes it (its default parameters), for the scores
 * we compute beside it: which passages a common term weighs most in, and the
 * share of a shown hit's score that capped postings left out. Kept equal to
 * MiniSearch's formula so that the two kinds of score add up.
 */

/** MiniSearch 7's default BM25+ parameters. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Inverse document frequency of a term in `df` of `n` passages (MiniSearch's form). */
export function bm25Idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25's length normalisation of a passage of `length` (average `avgLength`): the part of the score that is the same for every term of the passage. */
export function bm25Norm(length: number, avgLength: number): number {
  const { k, b } = BM25;
  return k * (1 - b + (b * length) / avgLength);
}

/** The term-frequency part of BM25+ for a term `tf` times in a passage of normalisation `norm` ({@link bm25Norm}); the operations in MiniSearch's order. */
export function bm25Tf(tf: number, norm: number): number {
  const { k, d } = BM25;
  return d + (tf * (k + 1)) / (tf + norm);
}
