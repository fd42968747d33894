/**
 * Our own compact record of the frequent terms, beside MiniSearch. A term
 * that occurs in more than MAX_POSTINGS_PER_TERM passages is indexed in
 * MiniSearch only for the passages it weighs most in (see capping.ts),
 * because MiniSearch scores every passage a query term touches and a common
 * term touches tens of thousands; and a frequent term (limits.ts) may be
 * left out of a search altogether (defer.ts). This record keeps, for the
 * frequent terms, every passage that holds them (as sorted ordinals) with
 * the term's frequency there, so that hits are judged and scored on all
 * their terms; and each passage's length as MiniSearch counts it.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { Steps } from '../steps.ts';
import { sortPostings } from './sort-postings.ts';

/** The full postings of one frequent term: passage ordinals (ascending) and the term's frequency in each. */
export interface TermPostings {
  readonly ordinals: Uint32Array;
  readonly frequencies: Uint8Array;
}

/** What the cache stores: the common terms, and their postings back to back (each term's `counts` entries in turn). */
export interface PackedPostings {
  readonly terms: readonly string[];
  readonly counts: Uint32Array;
  readonly ordinals: Uint32Array;
  readonly frequencies: Uint8Array;
  readonly lengths: Uint16Array;
  /** The cap the index was built with; null for none (JSON has no Infinity). */
  readonly cap: number | null;
}

/** Full postings of the frequent terms, and passage lengths. */
export class CommonPostings {
  constructor(
    private readonly postings: ReadonlyMap<string, TermPostings>,
    /** Each passage's length as MiniSearch counts it (distinct words), by ordinal. */
    private readonly lengths: Uint16Array,
    /** Terms in more passages than this are common: MiniSearch holds only this many of their postings. */
    readonly cap: number,
  ) {}

  /** True when the full postings of `term` are here (it is a frequent term). */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** True when `term` is a common term, whose MiniSearch postings are capped. */
  isCapped(term: string): boolean {
    return (this.postings.get(term)?.ordinals.length ?? 0) > this.cap;
  }

  /** The full postings of frequent term `term`, if it is one. */
  of(term: string): TermPostings | undefined {
    return this.postings.get(term);
  }

  /** How often frequent term `term` occurs in passage `ordinal` (0 when it does not, or when the term is not frequent). */
  frequency(term: string, ordinal: number): number {
    const p = this.postings.get(term);
    if (p === undefined) return 0;
    let lo = 0;
    let hi = p.ordinals.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = p.ordinals[mid] ?? 0;
      if (at === ordinal) return p.frequencies[mid] ?? 0;
      if (at < ordinal) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The length of passage `ordinal`. */
  length(ordinal: number): number {
    return this.lengths[ordinal] ?? 0;
  }

  /**
   * These postings after an update in place (update.ts): the ordinals in
   * `removed[term]` taken out of that term's postings, `added[term]`'s
   * appended (their ordinals are above every present one, so each stays
   * ascending), over `lengths`, the passage lengths by ordinal after. Only
   * terms already frequent are kept here: a term that becomes frequent
   * through an update is not promoted until the next full build. In steps
   * (steps.ts), a term at a time: at 100k passages the terms of a 100-page
   * document copy 0.13–0.18 s of postings.
   */
  *withChanges(
    removed: ReadonlyMap<string, ReadonlySet<number>>,
    added: ReadonlyMap<string, { readonly ordinals: readonly number[]; readonly frequencies: readonly number[] }>,
    lengths: Uint16Array,
  ): Steps<CommonPostings> {
    const postings = new Map(this.postings);
    for (const term of new Set([...removed.keys(), ...added.keys()])) {
      const before = this.postings.get(term);
      if (before === undefined) continue;
      yield;
      const gone = removed.get(term);
      const more = added.get(term);
      // Typed arrays throughout: a common term's postings are tens of thousands long at 100k passages.
      const size = before.ordinals.length - (gone?.size ?? 0) + (more?.ordinals.length ?? 0);
      const ordinals = new Uint32Array(size);
      const frequencies = new Uint8Array(size);
      let at = 0;
      if (gone === undefined || gone.size === 0) {
        ordinals.set(before.ordinals);
        frequencies.set(before.frequencies);
        at = before.ordinals.length;
      } else {
        for (let i = 0; i < before.ordinals.length; i++) {
          const o = before.ordinals[i] ?? 0;
          if (gone.has(o)) continue;
          ordinals[at] = o;
          frequencies[at++] = before.frequencies[i] ?? 0;
        }
      }
      if (more !== undefined) {
        ordinals.set(more.ordinals, at);
        frequencies.set(more.frequencies, at);
      }
      postings.set(term, { ordinals, frequencies });
    }
    return new CommonPostings(postings, lengths, this.cap);
  }

  /** The passage lengths by ordinal (an update extends them). */
  get passageLengths(): Uint16Array {
    return this.lengths;
  }

  /**
   * The postings as typed arrays, for the cache; with `renumber` (each
   * ordinal's new one, search/pack.ts), under the new ordinals, each term's
   * still ascending, and the lengths moved with them.
   */
  toPacked(renumber?: Int32Array): PackedPostings {
    const terms = [...this.postings.keys()];
    const counts = Uint32Array.from(terms, (t) => this.postings.get(t)?.ordinals.length ?? 0);
    const total = counts.reduce((s, c) => s + c, 0);
    const ordinals = new Uint32Array(total);
    const frequencies = new Uint8Array(total);
    let at = 0;
    for (const t of terms) {
      const p = this.postings.get(t);
      if (p === undefined) continue;
      frequencies.set(p.frequencies, at);
      if (renumber === undefined) {
        ordinals.set(p.ordinals, at);
      } else {
        let ascending = true;
        for (let i = 0; i < p.ordinals.length; i++) {
          const o = renumber[p.ordinals[i] ?? 0] ?? -1;
          if (o < 0) throw new InternalError(`policy-bot: common term ${t} has a posting of no indexed passage`);
          if (i > 0 && o < (ordinals[at + i - 1] ?? 0)) ascending = false;
          ordinals[at + i] = o;
        }
        if (!ascending) sortPostings(ordinals.subarray(at, at + p.ordinals.length), frequencies.subarray(at, at + p.ordinals.length));
      }
      at += p.ordinals.length;
    }
    let lengths = this.lengths;
    if (renumber !== undefined) {
      lengths = new Uint16Array(renumber.reduce((n, o) => (o >= 0 ? n + 1 : n), 0));
      renumber.forEach((o, old) => {
        if (o >= 0) lengths[o] = this.lengths[old] ?? 0;
      });
    }
    return { terms, counts, ordinals, frequencies, lengths, cap: Number.isFinite(this.cap) ? this.cap : null };
  }

  /** Restores {@link toPacked}'s output; each term's postings are views of the packed arrays (no copy). Throws when they do not add up. */
  static fromPacked(saved: PackedPostings): CommonPostings {
    if (saved.counts.length !== saved.terms.length || saved.ordinals.length !== saved.frequencies.length) {
      throw new CacheFormatError('policy-bot: the packed common postings do not add up');
    }
    const postings = new Map<string, TermPostings>();
    let at = 0;
    saved.terms.forEach((term, i) => {
      const n = saved.counts[i] ?? 0;
      if (at + n > saved.ordinals.length) throw new CacheFormatError('policy-bot: the packed common postings end early');
      // frequency() looks an ordinal up by halving: out of order, it would answer 0 for a passage that holds the term.
      for (let k = at + 1; k < at + n; k++) {
        if ((saved.ordinals[k] ?? 0) <= (saved.ordinals[k - 1] ?? 0)) throw new CacheFormatError('policy-bot: the packed common postings are not ascending');
      }
      postings.set(term, { ordinals: saved.ordinals.subarray(at, at + n), frequencies: saved.frequencies.subarray(at, at + n) });
      at += n;
    });
    if (at !== saved.ordinals.length) throw new CacheFormatError('policy-bot: the packed common postings have trailing data');
    return new CommonPostings(postings, saved.lengths, saved.cap ?? Infinity);
  }
}
