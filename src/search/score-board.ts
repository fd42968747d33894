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

/** How a query term matched a passage: as itself, or through another index term (a longer word, a typo). */
export type MatchKind = 'exact' | 'prefix' | 'typo';

/** What a passage matched, as bit masks over the query terms (bit i for the term at position i). */
export interface BoardMasks {
  /** The query terms it matched at all. */
  readonly matched: number;
  /** Those it matched as themselves. */
  readonly exact: number;
  /** Those it matched through a typo. */
  readonly typo: number;
}

/** The index terms a passage matched: the caller's numbers for them, each once, in the order added. */
export type BoardDetail = readonly number[];

/** Bits set in a 32-bit mask (a passage's query terms). */
export function bitCount(mask: number): number {
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
  private readonly exactMasks: Uint32Array;
  private readonly typoMasks: Uint32Array;
  /** Counts the searches begun: what is read of the board after the next search began is not this search's. */
  private searches = 0;
  /** Each passage's place in `found`, -1 when not found. */
  private readonly place: Int32Array;
  /** Each passage's place among those whose details are asked for, -1 otherwise (reset after use). */
  private readonly slot: Int32Array;
  private readonly found: Int32Array;
  private foundCount = 0;
  /** What each addition matched, for the details: passage and index term (two ints an addition). */
  private readonly log = new IntLog();

  constructor(readonly size: number) {
    this.raw = new Float64Array(size);
    this.masks = new Uint32Array(size);
    this.exactMasks = new Uint32Array(size);
    this.typoMasks = new Uint32Array(size);
    this.place = new Int32Array(size).fill(-1);
    this.slot = new Int32Array(size).fill(-1);
    this.found = new Int32Array(size);
  }

  /** Starts a search: forgets every score of the last. Returns the search's number (see {@link current}). */
  begin(): number {
    for (let i = 0; i < this.foundCount; i++) {
      const o = this.found[i] ?? 0;
      this.raw[o] = 0;
      this.masks[o] = 0;
      this.exactMasks[o] = 0;
      this.typoMasks[o] = 0;
      this.place[o] = -1;
    }
    this.foundCount = 0;
    this.log.length = 0;
    return ++this.searches;
  }

  /** True while `search` (a number {@link begin} returned) is the search on the board. */
  current(search: number): boolean {
    return search === this.searches;
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

  /** Adds `score` to passage `ordinal` for query term `query` (a position below MAX_BOARD_TERMS), matched as index term `matched` in the way `kind` says. */
  add(ordinal: number, query: number, matched: number, score: number, kind: MatchKind): void {
    if ((this.place[ordinal] ?? -1) < 0) {
      this.place[ordinal] = this.foundCount;
      this.found[this.foundCount++] = ordinal;
    }
    this.raw[ordinal] = (this.raw[ordinal] ?? 0) + score;
    const bit = 1 << query;
    this.masks[ordinal] = (this.masks[ordinal] ?? 0) | bit;
    if (kind === 'exact') this.exactMasks[ordinal] = (this.exactMasks[ordinal] ?? 0) | bit;
    else if (kind === 'typo') this.typoMasks[ordinal] = (this.typoMasks[ordinal] ?? 0) | bit;
    this.log.push(ordinal);
    this.log.push(matched);
  }

  /** The score of scored passage `ordinal`. */
  scoreOf(ordinal: number): number {
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
  reorder(ordinals: readonly number[]): number[] {
    return ordinals
      .map((o, i) => ({ o, i, s: this.scoreOf(o) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map(({ o }) => o);
  }

  /** What scored passage `ordinal` matched. */
  masksOf(ordinal: number): BoardMasks {
    return { matched: this.masks[ordinal] ?? 0, exact: this.exactMasks[ordinal] ?? 0, typo: this.typoMasks[ordinal] ?? 0 };
  }

  /** The index terms each of `ordinals` (scored passages) matched, in that order: read from the log of additions, so asked for the few passages shown. */
  details(ordinals: readonly number[]): BoardDetail[] {
    const lists = ordinals.map((): number[] => []);
    ordinals.forEach((o, i) => {
      this.slot[o] = i;
    });
    const log = this.log.values;
    for (let i = 0; i < this.log.length; i += 2) {
      const list = lists[this.slot[log[i] ?? 0] ?? -1];
      const matched = log[i + 1] ?? 0;
      if (list !== undefined && !list.includes(matched)) list.push(matched);
    }
    for (const o of ordinals) this.slot[o] = -1;
    return lists;
  }
}
