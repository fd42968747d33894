/**
 * The scores of one search, per passage, in typed arrays. A search adds each
 * posting's score to its passage here instead of building an object per
 * passage (what MiniSearch's own search does: a result, a terms array and a
 * match record for every passage a term touches, most of them thrown away
 * unseen); objects are made only for the few best passages, which are shown
 * or judged.
 *
 * Knows nothing of the engine: passages are ordinals, query terms are their
 * positions in the query (at most {@link MAX_BOARD_TERMS}), and the index
 * terms that matched are numbers the caller gives meaning to.
 */

/** The most query terms a board tells apart: one bit each in a passage's mask. */
export const MAX_BOARD_TERMS = 32;

/** One of the best passages: its score and what it matched, in the order added. */
export interface BoardEntry {
  readonly ordinal: number;
  readonly score: number;
  /** Positions of the query terms it matched. */
  readonly queryTerms: readonly number[];
  /** The caller's numbers of the index terms it matched, each once. */
  readonly matched: readonly number[];
}

/** Bits set in a 32-bit mask. */
function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A growable array of 32-bit integers. */
class IntLog {
  values = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
}

/**
 * Scores by passage for one search at a time (a search runs to the end
 * before the next begins; {@link begin} clears what the last one left). The
 * arrays are allocated once, for `size` passages.
 *
 * A passage's score is, as in MiniSearch, the sum of its terms' scores times
 * the number of distinct query terms it matched.
 */
export class ScoreBoard {
  private readonly raw: Float64Array;
  private readonly masks: Uint32Array;
  /** Each passage's place in `found`, -1 when not found. */
  private readonly place: Int32Array;
  /** Each passage's place among the entries asked for, -1 otherwise (reset after use). */
  private readonly slot: Int32Array;
  private readonly found: Int32Array;
  private foundCount = 0;
  /** What each addition matched, for the entries: passage, query term, index term (three ints an addition). */
  private readonly log = new IntLog();

  constructor(readonly size: number) {
    this.raw = new Float64Array(size);
    this.masks = new Uint32Array(size);
    this.place = new Int32Array(size).fill(-1);
    this.slot = new Int32Array(size).fill(-1);
    this.found = new Int32Array(size);
  }

  /** Starts a search: forgets every score of the last. */
  begin(): void {
    for (let i = 0; i < this.foundCount; i++) {
      const o = this.found[i] ?? 0;
      this.raw[o] = 0;
      this.masks[o] = 0;
      this.place[o] = -1;
    }
    this.foundCount = 0;
    this.log.length = 0;
  }

  /** How many passages have a score. */
  get count(): number {
    return this.foundCount;
  }

  /** True when passage `ordinal` has a score. */
  has(ordinal: number): boolean {
    return (this.place[ordinal] ?? -1) >= 0;
  }

  /** True when passage `ordinal` matched query term `query`. */
  matches(ordinal: number, query: number): boolean {
    return ((this.masks[ordinal] ?? 0) & (1 << query)) !== 0;
  }

  /** Adds `score` to passage `ordinal` for query term `query` (a position below MAX_BOARD_TERMS), matched as index term `matched`. */
  add(ordinal: number, query: number, matched: number, score: number): void {
    if ((this.place[ordinal] ?? -1) < 0) {
      this.place[ordinal] = this.foundCount;
      this.found[this.foundCount++] = ordinal;
    }
    this.raw[ordinal] = (this.raw[ordinal] ?? 0) + score;
    this.masks[ordinal] = (this.masks[ordinal] ?? 0) | (1 << query);
    this.log.push(ordinal);
    this.log.push(query);
    this.log.push(matched);
  }

  private scoreOf(ordinal: number): number {
    return (this.raw[ordinal] ?? 0) * bitCount(this.masks[ordinal] ?? 0);
  }

  /**
   * The ordinals of the best `limit` passages, best first; equal scores in
   * the order the passages were first scored (as a stable sort of
   * MiniSearch's results gives them).
   */
  best(limit: number): number[] {
    const n = this.foundCount;
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = this.scoreOf(this.found[i] ?? 0);
    // a ranks before b: higher score, or the same score found earlier.
    const before = (a: number, b: number): boolean => (scores[a] ?? 0) > (scores[b] ?? 0) || (scores[a] === scores[b] && a < b);
    let chosen: number[];
    if (limit >= n) {
      chosen = Array.from({ length: n }, (_, i) => i);
    } else {
      // The best `limit` by a heap whose root is the worst kept: one pass, no sort of every passage found.
      const heap: number[] = [];
      const down = (from: number): void => {
        let i = from;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let worst = i;
          if (l < heap.length && before(heap[worst] ?? 0, heap[l] ?? 0)) worst = l;
          if (r < heap.length && before(heap[worst] ?? 0, heap[r] ?? 0)) worst = r;
          if (worst === i) return;
          [heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0];
          i = worst;
        }
      };
      for (let i = 0; i < n; i++) {
        if (heap.length < limit) {
          heap.push(i);
          let c = heap.length - 1;
          while (c > 0) {
            const p = (c - 1) >> 1;
            if (!before(heap[p] ?? 0, heap[c] ?? 0)) break;
            [heap[p], heap[c]] = [heap[c] ?? 0, heap[p] ?? 0];
            c = p;
          }
        } else if (limit > 0 && before(i, heap[0] ?? 0)) {
          heap[0] = i;
          down(0);
        }
      }
      chosen = heap;
    }
    chosen.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    return chosen.map((i) => this.found[i] ?? 0);
  }

  /** `ordinals` (scored passages) best first, equal scores in the order given. */
  rank(ordinals: readonly number[]): number[] {
    return ordinals
      .map((o, i) => ({ o, i, s: this.scoreOf(o) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map(({ o }) => o);
  }

  /** The entries of `ordinals` (scored passages), in that order: scores and what each matched. */
  entries(ordinals: readonly number[]): BoardEntry[] {
    const lists = ordinals.map(() => ({ queryTerms: [] as number[], matched: [] as number[] }));
    ordinals.forEach((o, i) => (this.slot[o] = i));
    const log = this.log.values;
    for (let i = 0; i < this.log.length; i += 3) {
      const entry = lists[this.slot[log[i] ?? 0] ?? -1];
      if (entry === undefined) continue;
      const query = log[i + 1] ?? 0;
      const matched = log[i + 2] ?? 0;
      if (!entry.queryTerms.includes(query)) entry.queryTerms.push(query);
      if (!entry.matched.includes(matched)) entry.matched.push(matched);
    }
    for (const o of ordinals) this.slot[o] = -1;
    return ordinals.map((o, i) => ({ ordinal: o, score: this.scoreOf(o), ...(lists[i] ?? { queryTerms: [], matched: [] }) }));
  }
}
