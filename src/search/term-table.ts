/**
 * MiniSearch's term map (its `_index`: index term → field id → postings) for
 * an index restored from the cache, read in place from the packed arrays.
 *
 * MiniSearch keeps its terms in a radix tree of Maps. Restoring that tree
 * term by term was most of a restore: ~0.1 s of a one-shot question on the
 * 33 real strategies and the bulk of a 100k-passage start, every node a
 * fresh allocation (and on this kind of machine every fresh megabyte costs
 * milliseconds to touch). Our search never walks the tree: it looks terms
 * up, lists them sorted, and walks them for typos. So the restored map is
 * the cache's sorted term list itself, each term's postings made into Maps
 * (PostingMaps over views of the arrays) only when it is first read.
 *
 * It answers every call MiniSearch makes of its term map when passages are
 * added or discarded in place (get, has, fetch, set, delete, size), so that
 * an update (update.ts) works on it as on a built index: terms put in after
 * the restore, and base terms taken out, are held beside the arrays. The
 * fuzzy walk is sorted-fuzzy.ts's, which gives MiniSearch's results.
 * MiniSearch's own search (prefix views of the tree) is never called on our
 * indexes (ranking.ts scores from the postings) and is refused.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import { CacheFormatError, InternalError } from '../errors.ts';
import { ITEMS_PER_STEP, type Steps } from '../steps.ts';
import { PostingMap } from './posting-map.ts';
import { fuzzyWalk } from './sorted-fuzzy.ts';
import { lowerBound } from './sorted-strings.ts';

/** A term's postings by field id (short id → term frequency), as MiniSearch keeps them. */
export type FieldPostings = Map<number, Map<number, number>>;

/** The packed postings a term table reads: see EnginePostings (minisearch-adapter.ts). */
export interface PackedTerms {
  /** Sorted by code units, each once. */
  readonly terms: readonly string[];
  /** Term t's posting count in field f at t × fields + f; its postings are the next that many of the arrays below. */
  readonly postingCounts: Uint32Array;
  readonly postingIds: Uint32Array;
  readonly postingFrequencies: Uint16Array;
}

export class TermTable {
  /** Terms read or put in since the restore, with their postings (MiniSearch changes these in place). */
  private readonly held = new Map<string, FieldPostings>();
  /** Terms of the arrays taken out since the restore. */
  private readonly removed = new Set<string>();
  /** Terms put in that the arrays do not have. */
  private readonly extra = new Set<string>();

  private constructor(
    private readonly packed: PackedTerms,
    private readonly fields: number,
    /** Where each term's postings start in the arrays (one more entry: the end). */
    private readonly starts: Uint32Array,
  ) {}

  /**
   * The table over `packed`, checked as it is read (steps.ts): terms sorted
   * and distinct, postings adding up, each term's ids ascending and naming
   * one of the `passages`. Throws a CacheFormatError when they do not.
   */
  static *restore(packed: PackedTerms, fields: number, passages: number): Steps<TermTable> {
    const { terms, postingCounts, postingIds } = packed;
    if (postingCounts.length !== terms.length * fields) throw new CacheFormatError('policy-bot: the saved index does not add up');
    let total = 0;
    for (const count of postingCounts) total += count;
    if (total > postingIds.length) throw new CacheFormatError('policy-bot: the saved postings end early');
    if (total < postingIds.length) throw new CacheFormatError('policy-bot: the saved postings have trailing data');
    const starts = new Uint32Array(terms.length + 1);
    let at = 0;
    for (let t = 0; t < terms.length; t++) {
      if (t % ITEMS_PER_STEP === 0) yield;
      if (t > 0 && !((terms[t - 1] ?? '') < (terms[t] ?? ''))) throw new CacheFormatError('policy-bot: the saved index terms are not sorted');
      starts[t] = at;
      for (let f = 0; f < fields; f++) {
        const count = postingCounts[t * fields + f] ?? 0;
        const end = at + count;
        if (count > 0 && (postingIds[end - 1] ?? passages) >= passages) throw new CacheFormatError('policy-bot: a saved posting names no passage');
        for (let i = at + 1; i < end; i++) {
          if ((postingIds[i] ?? 0) <= (postingIds[i - 1] ?? 0)) throw new CacheFormatError('policy-bot: posting ids are not ascending');
        }
        at = end;
      }
    }
    starts[terms.length] = at;
    return new TermTable(packed, fields, starts);
  }

  /** Term `term`'s position in the arrays, or -1. */
  private indexOf(term: string): number {
    const { terms } = this.packed;
    const at = lowerBound(terms, term);
    return terms[at] === term ? at : -1;
  }

  /** Term number `t`'s postings from the arrays, as Maps over views of them (no copy). */
  private postingsAt(t: number): FieldPostings {
    const { postingCounts, postingIds, postingFrequencies } = this.packed;
    const byField: FieldPostings = new Map();
    let at = this.starts[t] ?? 0;
    for (let f = 0; f < this.fields; f++) {
      const count = postingCounts[t * this.fields + f] ?? 0;
      if (count === 0) continue;
      byField.set(f, new PostingMap(postingIds.subarray(at, at + count), postingFrequencies.subarray(at, at + count), true));
      at += count;
    }
    return byField;
  }

  get(term: string): FieldPostings | undefined {
    const held = this.held.get(term);
    if (held !== undefined || this.removed.has(term)) return held;
    const t = this.indexOf(term);
    if (t < 0) return undefined;
    const byField = this.postingsAt(t);
    this.held.set(term, byField);
    return byField;
  }

  /** How many postings `term` has in field `field`, read without making its Maps. */
  countOf(term: string, field: number): number {
    const held = this.held.get(term);
    if (held !== undefined) return held.get(field)?.size ?? 0;
    if (this.removed.has(term)) return 0;
    const t = this.indexOf(term);
    return t < 0 ? 0 : (this.packed.postingCounts[t * this.fields + field] ?? 0);
  }

  has(term: string): boolean {
    return this.held.has(term) || (!this.removed.has(term) && this.indexOf(term) >= 0);
  }

  set(term: string, postings: FieldPostings): this {
    this.held.set(term, postings);
    if (!this.removed.delete(term) && this.indexOf(term) < 0) this.extra.add(term);
    return this;
  }

  fetch(term: string, initial: () => FieldPostings): FieldPostings {
    const known = this.get(term);
    if (known !== undefined) return known;
    const made = initial();
    this.set(term, made);
    return made;
  }

  delete(term: string): void {
    this.held.delete(term);
    if (this.extra.delete(term)) return;
    if (this.indexOf(term) >= 0) this.removed.add(term);
  }

  get size(): number {
    return this.packed.terms.length - this.removed.size + this.extra.size;
  }

  /** Every term, sorted by code units: the packed ones themselves while nothing was put in or taken out. */
  sortedTerms(): readonly string[] {
    const { terms } = this.packed;
    if (this.removed.size === 0 && this.extra.size === 0) return terms;
    const extra = [...this.extra].sort();
    const merged: string[] = [];
    let e = 0;
    for (const term of terms) {
      if (this.removed.has(term)) continue;
      while (e < extra.length && (extra[e] ?? '') < term) merged.push(extra[e++] ?? '');
      merged.push(term);
    }
    while (e < extra.length) merged.push(extra[e++] ?? '');
    return merged;
  }

  keys(): IterableIterator<string> {
    return this.sortedTerms().values();
  }

  *entries(): IterableIterator<[string, FieldPostings]> {
    for (const term of this.sortedTerms()) {
      const postings = this.get(term);
      if (postings !== undefined) yield [term, postings];
    }
  }

  [Symbol.iterator](): IterableIterator<[string, FieldPostings]> {
    return this.entries();
  }

  /** The terms within `maxDistance` edits of `term`, each with its postings and distance: MiniSearch's fuzzyGet. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]> {
    const found = new Map<string, [FieldPostings, number]>();
    const { terms } = this.packed;
    fuzzyWalk(terms, term, maxDistance, (t, distance) => {
      const postings = this.get(terms[t] ?? '');
      if (postings !== undefined) found.set(terms[t] ?? '', [postings, distance]);
    });
    // Terms updates put in are few: measured one by one.
    for (const added of this.extra) {
      const distance = editDistance(added, term);
      const postings = this.held.get(added);
      if (distance <= maxDistance && postings !== undefined) found.set(added, [postings, distance]);
    }
    return found;
  }

  /** MiniSearch's prefix view, which only its own search takes: ours never calls it on a restored index. */
  atPrefix(): never {
    throw new InternalError("policy-bot: a restored index's terms have no prefix view; search through ranking.ts");
  }
}
