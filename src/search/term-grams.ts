/**
 * Typo candidates from letter pairs. MiniSearch finds the index terms within
 * an edit distance of a query term by walking its whole term tree with a row
 * of the edit-distance matrix per node; at two edits that walk cost 0.6–0.8
 * ms a term at 1k passages (most of a query). A term within k edits of
 * another shares most of its letter pairs: an edit touches at most two
 * pairs, so of the `D` distinct pairs of `^term$` at least `D − 2k` are in
 * any term within k edits. Counting shared pairs over a pair → terms index
 * leaves a few candidates, and an exact edit distance decides: the same set
 * as MiniSearch's walk, for a fraction of the cost.
 */
import { distance } from 'fastest-levenshtein';

/** One term within the distance asked, and its distance. */
export interface NearTerm {
  readonly term: string;
  readonly distance: number;
}

/** The distinct letter pairs of `term` padded with ^ and $ (code units, as edit distance counts them). */
function pairsOf(term: string): Set<string> {
  const padded = `\u0002${term}\u0003`;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) pairs.add(padded.slice(i, i + 2));
  return pairs;
}

/** The index terms by letter pair, for typo candidates. */
export class TermGrams {
  private readonly byPair = new Map<string, Uint32Array>();
  /** Shared-pair counts per term, reused between calls (reset after each). */
  private readonly counts: Uint16Array;

  constructor(private readonly terms: readonly string[]) {
    const lists = new Map<string, number[]>();
    terms.forEach((t, i) => {
      for (const p of pairsOf(t)) {
        const list = lists.get(p);
        if (list === undefined) lists.set(p, [i]);
        else list.push(i);
      }
    });
    for (const [p, list] of lists) this.byPair.set(p, Uint32Array.from(list));
    this.counts = new Uint16Array(terms.length);
  }

  /**
   * The terms within `maxDistance` edits of `term` (Levenshtein, as
   * MiniSearch's fuzzy matching counts), `term` itself excepted; undefined
   * when letter pairs cannot narrow the search (a term too short for the
   * distance), where the caller falls back to a full walk.
   */
  within(term: string, maxDistance: number): NearTerm[] | undefined {
    const pairs = pairsOf(term);
    const needed = pairs.size - 2 * maxDistance;
    if (needed <= 0) return undefined;
    const touched: number[] = [];
    for (const p of pairs) {
      const list = this.byPair.get(p);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k] ?? 0;
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i] = (this.counts[i] ?? 0) + 1;
      }
    }
    const near: NearTerm[] = [];
    for (const i of touched) {
      const shared = this.counts[i] ?? 0;
      this.counts[i] = 0;
      const candidate = this.terms[i] ?? '';
      if (shared < needed || candidate === term || Math.abs(candidate.length - term.length) > maxDistance) continue;
      const d = distance(term, candidate);
      if (d <= maxDistance) near.push({ term: candidate, distance: d });
    }
    return near;
  }
}
