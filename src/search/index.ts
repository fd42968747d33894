/**
 * The full-text index over passages. This module is the only one that knows
 * MiniSearch: nothing of its types leaks out, so another engine could stand
 * behind the same interface.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../text/chunk.ts';
import { bm25Idf, bm25Tf } from './bm25.ts';
import { capPostings, termOfToken, TOKEN_SEPARATOR } from './capping.ts';
import { FUZZY_MAX_LENGTH, MAX_FUZZY_DISTANCE, MAX_POSTINGS_PER_TERM, PREFIX_POSTINGS_BUDGET } from './limits.ts';
import type { QueryTerm } from './plan.ts';
import { PostingMap } from './posting-map.ts';
import { CommonPostings, type PackedPostings } from './postings.ts';
import { type NearTerm, TermGrams } from './term-grams.ts';

/** One scored passage. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** The query terms that matched (as planned, before fuzzy/prefix expansion). */
  readonly queryTerms: readonly string[];
  /** The index terms that matched in the passage (after fuzzy/prefix expansion). */
  readonly matchedTerms: readonly string[];
}

/** How to search. */
export interface SearchOptions {
  /** Only passages of this actor. */
  readonly actor?: string | undefined;
  /** Passages of these actors score `actorBoost` times higher. */
  readonly boostActors?: readonly string[];
  readonly actorBoost?: number;
}

/**
 * An index as the cache stores it: MiniSearch's data with every posting in
 * typed arrays (see {@link SearchIndex.toPacked}), and our common postings.
 */
export interface PackedIndex {
  readonly engine: 'minisearch';
  readonly documentCount: number;
  readonly nextId: number;
  readonly averageFieldLength: readonly number[];
  /** Every index term, in MiniSearch's order; the arrays below run along it. */
  readonly terms: readonly string[];
  /** In how many passages each term occurs (uncapped). */
  readonly documentFrequency: Uint32Array;
  /** How many MiniSearch postings each term has; theirs are the next that many entries of postingIds/postingFrequencies. */
  readonly postingCounts: Uint32Array;
  /** Passage ordinals, which are MiniSearch's short ids: passages are added in order. */
  readonly postingIds: Uint32Array;
  readonly postingFrequencies: Uint16Array;
  /** MiniSearch's length of each passage's one field. */
  readonly fieldLengths: Uint32Array;
  readonly common: PackedPostings;
}

/** MiniSearch's own serialised form (its `toJSON`), as far as packing reads and writes it. */
interface MiniSearchJs {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, unknown> | unknown[];
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]> | number[][];
  averageFieldLength: number[];
  storedFields: Record<string, unknown>;
  dirtCount: number;
  index: Iterable<[string, Record<string, Record<number, number>>]>;
  serializationVersion: number;
}

interface IndexedPassage {
  readonly id: string;
  /** Pre-processed tokens (capping.ts), not the passage's text. */
  readonly text: string;
}

const FIELDS = ['text'];

/** How one query term is searched (see SearchIndex.searchSpec). */
interface SearchSpec {
  fuzzy: number | false;
  prefix: boolean;
  boost: number;
}

/** MiniSearch's weights of a fuzzy and a prefix match (its defaults), passed explicitly: typo candidates are weighted with the same. */
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;

/** MiniSearch options shared by build and load: they must be identical for a loaded index to work. */
function miniSearchOptions() {
  return {
    fields: FIELDS,
    storeFields: [] as string[],
    // Passages arrive tokenised and processed once, by capPostings: see there for the token format.
    tokenize: (tokens: string) => tokens.split(TOKEN_SEPARATOR),
    processTerm: termOfToken,
  };
}

/**
 * A MiniSearch restored from a packed index. MiniSearch's own loadJS takes
 * every posting as an object key (`{"17": 2}`) and parses it back to a
 * number: at 10k passages that alone took 0.6 s, the object keys most of
 * it. This subclass fills the same structure (term → field → short id →
 * term frequency) directly from the typed arrays, through the protected
 * fields MiniSearch leaves to subclasses, the innermost maps being
 * read-only PostingMaps over views of the arrays (posting-map.ts); the
 * round-trip tests compare its answers with the built index's.
 */
class PackedMiniSearch extends MiniSearch<IndexedPassage> {
  constructor(saved: PackedIndex, passages: readonly Passage[]) {
    super(miniSearchOptions());
    const n = passages.length;
    this._documentCount = n;
    this._nextId = n;
    this._fieldIds = { [FIELDS[0] ?? 'text']: 0 };
    this._avgFieldLength = [...saved.averageFieldLength];
    this._dirtCount = 0;
    passages.forEach((p, i) => {
      this._documentIds.set(i, p.id);
      this._idToShortId.set(p.id, i);
      this._fieldLength.set(i, [saved.fieldLengths[i] ?? 0]);
    });
    const { terms, postingCounts, postingIds, postingFrequencies } = saved;
    let total = 0;
    for (const c of postingCounts) total += c;
    if (total > postingIds.length) throw new Error('policy-bot: the saved postings end early');
    let at = 0;
    terms.forEach((term, t) => {
      const count = postingCounts[t] ?? 0;
      const ids = postingIds.subarray(at, at + count);
      if (count > 0 && (ids[count - 1] ?? n) >= n) throw new Error('policy-bot: a saved posting names no passage');
      // Views of the two arrays (no copy): MiniSearch reads them through a PostingMap (posting-map.ts).
      this._index.set(term, new Map([[0, new PostingMap(ids, postingFrequencies.subarray(at, at + count))]]));
      at += count;
    });
    if (at !== postingIds.length) throw new Error('policy-bot: the saved postings have trailing data');
  }
}

/** The index over a set of passages. */
export class SearchIndex {
  /** Every index term, sorted: prefix expansions are counted by binary search before MiniSearch is asked for them. */
  private readonly vocabulary: string[];
  private readonly ordinalOf: Map<string, number>;
  /** Each passage's actor, by ordinal: an array, not a second map keyed by id (at 100k passages a map is ~4 MB). */
  private readonly actorByOrdinal: readonly string[];
  /** MiniSearch's idf of a common term: it sees only the capped postings. */
  private readonly cappedIdf: number;
  private readonly avgLength: number;
  private slots: Int32Array | undefined;
  private grams: TermGrams | undefined;

  private constructor(
    private readonly mini: MiniSearch<IndexedPassage>,
    private readonly df: Map<string, number>,
    private readonly common: CommonPostings,
    passages: readonly Passage[],
  ) {
    this.vocabulary = [...df.keys()].sort();
    this.ordinalOf = new Map(passages.map((p, i) => [p.id, i]));
    this.actorByOrdinal = passages.map((p) => p.actor);
    this.cappedIdf = bm25Idf(common.cap, passages.length);
    let sum = 0;
    for (let i = 0; i < passages.length; i++) sum += common.length(i);
    this.avgLength = sum / Math.max(1, passages.length);
  }

  /** The actor of the passage `id`. */
  private actorOf(id: string): string | undefined {
    const ordinal = this.ordinalOf.get(id);
    return ordinal === undefined ? undefined : this.actorByOrdinal[ordinal];
  }

  /** Builds the index over `passages`; `cap` is for tests and the benchmark (Infinity: exact, uncapped). */
  static build(passages: readonly Passage[], cap: number = MAX_POSTINGS_PER_TERM): SearchIndex {
    const capped = capPostings(passages, cap);
    const mini = new MiniSearch<IndexedPassage>(miniSearchOptions());
    mini.addAll(passages.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '' })));
    return new SearchIndex(mini, capped.documentFrequency, capped.common, passages);
  }

  /**
   * Restores an index packed by {@link toPacked} for the same passages,
   * straight into MiniSearch's maps (see {@link PackedMiniSearch}). Throws
   * when the data does not fit the passages.
   */
  static fromPacked(saved: PackedIndex, passages: readonly Passage[]): SearchIndex {
    const { terms, documentFrequency, postingCounts, postingIds, postingFrequencies, fieldLengths } = saved;
    if (saved.documentCount !== passages.length || saved.nextId !== passages.length || fieldLengths.length !== passages.length) {
      throw new Error(`policy-bot: the saved index holds ${saved.documentCount} passages, the corpus ${passages.length}`);
    }
    if (documentFrequency.length !== terms.length || postingCounts.length !== terms.length || postingIds.length !== postingFrequencies.length) {
      throw new Error('policy-bot: the saved index does not add up');
    }
    const mini = new PackedMiniSearch(saved, passages);
    const df = new Map<string, number>();
    terms.forEach((t, i) => df.set(t, documentFrequency[i] ?? 0));
    return new SearchIndex(mini, df, CommonPostings.fromPacked(saved.common), passages);
  }

  /**
   * The index as typed arrays for the cache. Throws if MiniSearch's data is
   * not as {@link fromPacked} expects it (one field; short ids that are
   * passage ordinals), so a cache is never written that would load wrong.
   */
  toPacked(passages: readonly Passage[]): PackedIndex {
    const js = this.mini.toJSON() as unknown as MiniSearchJs;
    const ids = Array.isArray(js.documentIds) ? js.documentIds : Object.entries(js.documentIds);
    if (js.documentCount !== passages.length || js.nextId !== passages.length || js.dirtCount !== 0 || ids.length !== passages.length) {
      throw new Error('policy-bot: the index was not built over these passages in order');
    }
    passages.forEach((p, i) => {
      if ((js.documentIds as Record<string, unknown>)[i] !== p.id) throw new Error(`policy-bot: short id ${i} is not passage ${p.id}`);
    });
    const terms: string[] = [];
    const counts: number[] = [];
    const postingIds: number[] = [];
    const frequencies: number[] = [];
    for (const [term, data] of js.index) {
      const fields = Object.keys(data);
      if (fields.length !== 1 || fields[0] !== '0') throw new Error(`policy-bot: term ${term} is not in exactly the one field`);
      const entries = Object.entries(data[0] ?? {});
      terms.push(term);
      counts.push(entries.length);
      for (const [id, tf] of entries) {
        postingIds.push(Number(id));
        frequencies.push(tf);
      }
    }
    if (this.df.size !== terms.length || terms.some((t) => this.documentFrequency(t) === 0)) {
      throw new Error('policy-bot: the document frequencies are not over the index terms');
    }
    if (frequencies.some((f) => f > 0xffff)) throw new Error('policy-bot: a term frequency does not fit 16 bits');
    return {
      engine: 'minisearch',
      documentCount: js.documentCount,
      nextId: js.nextId,
      averageFieldLength: js.averageFieldLength,
      terms,
      documentFrequency: Uint32Array.from(terms, (t) => this.documentFrequency(t)),
      postingCounts: Uint32Array.from(counts),
      postingIds: Uint32Array.from(postingIds),
      postingFrequencies: Uint16Array.from(frequencies),
      fieldLengths: Uint32Array.from(passages, (_, i) => (js.fieldLength as Record<string, number[]>)[i]?.[0] ?? 0),
      common: this.common.toPacked(),
    };
  }

  /** How many passages are indexed. */
  get size(): number {
    return this.mini.documentCount;
  }

  /** In how many passages `term` (an index term) occurs. */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Inverse document frequency of an index term (BM25's form); a term the index never saw gets the highest value. */
  idf(term: string): number {
    return bm25Idf(Math.max(1, this.documentFrequency(term)), this.size);
  }

  /** True while the index terms that `term` is a proper prefix of hold at most PREFIX_POSTINGS_BUDGET (capped) postings. */
  private prefixWithinBudget(term: string): boolean {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.vocabulary[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    let postings = 0;
    for (let i = lo; i < this.vocabulary.length; i++) {
      const v = this.vocabulary[i] ?? '';
      if (!v.startsWith(term)) break;
      if (v === term) continue;
      postings += Math.min(this.common.cap, this.documentFrequency(v));
      if (postings > PREFIX_POSTINGS_BUDGET) return false;
    }
    return true;
  }

  /**
   * How each planned term is searched: typo tolerance only for a term the
   * index does not know (a known word needs none, and fuzzy matching a
   * common one costs most), prefix matching only within budget, and a common
   * term's weight corrected for the idf MiniSearch computes from its capped
   * postings.
   */
  private searchSpec(t: QueryTerm): SearchSpec {
    const known = this.documentFrequency(t.term) > 0;
    const common = this.common.isCapped(t.term);
    return {
      fuzzy: t.fuzzy !== false && !known && t.term.length <= FUZZY_MAX_LENGTH ? t.fuzzy : false,
      prefix: t.prefix && !known && this.prefixWithinBudget(t.term),
      boost: t.weight * (common ? this.idf(t.term) / this.cappedIdf : 1),
    };
  }

  /**
   * The index terms that stand in for MiniSearch's fuzzy walk for `t`
   * (term-grams.ts finds the same terms, cheaply), or undefined where the
   * walk is left to do it. The closest spellings the index knows are taken:
   * a term allowed two edits is matched at two only when nothing is one
   * edit away. A candidate that a prefix search of `t` finds is left to it,
   * as MiniSearch scores such a term as a prefix match.
   */
  private typoCandidates(t: QueryTerm, spec: SearchSpec): NearTerm[] | undefined {
    if (spec.fuzzy === false) return undefined;
    const allowed = Math.min(MAX_FUZZY_DISTANCE, Math.round(t.term.length * spec.fuzzy));
    if (allowed < 1) return undefined;
    // Built on the first typo: most queries have none.
    this.grams ??= new TermGrams(this.vocabulary);
    const notPrefixed = (near: readonly NearTerm[]): NearTerm[] => near.filter((n) => !(spec.prefix && n.term.startsWith(t.term)));
    const one = this.grams.within(t.term, 1);
    if (one === undefined) return undefined;
    const close = notPrefixed(one);
    if (close.length > 0 || allowed === 1) return close;
    const two = this.grams.within(t.term, 2);
    return two === undefined ? undefined : notPrefixed(two);
  }

  /** Searches for `terms`; hits best first. Common terms count only where they weigh most until {@link refine}d. */
  search(terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    if (terms.length === 0) return [];
    const specs = new Map(terms.map((t) => [t.term, this.searchSpec(t)]));
    // Typo candidates are searched as terms of their own, weighted as MiniSearch weighs a fuzzy match, and
    // counted for the term they stand in for (standIn). One that is also a query term is left to the walk.
    const standIn = new Map<string, string>();
    for (const t of terms) {
      const spec = specs.get(t.term);
      if (spec === undefined || spec.fuzzy === false) continue;
      const candidates = this.typoCandidates(t, spec);
      if (candidates === undefined || candidates.some((c) => specs.has(c.term) || standIn.has(c.term))) continue;
      spec.fuzzy = false;
      for (const c of candidates) {
        standIn.set(c.term, t.term);
        specs.set(c.term, { fuzzy: false, prefix: false, boost: (spec.boost * FUZZY_WEIGHT * c.term.length) / (c.term.length + c.distance) });
      }
    }
    const boosted = new Set(options.boostActors ?? []);
    const boost = options.actorBoost ?? 1;
    const actor = options.actor;
    const results = this.mini.search([...specs.keys()].join(' '), {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      fuzzy: (t: string) => specs.get(t)?.fuzzy ?? false,
      prefix: (t: string) => specs.get(t)?.prefix ?? false,
      boostTerm: (t: string) => specs.get(t)?.boost ?? 1,
      maxFuzzy: MAX_FUZZY_DISTANCE,
      weights: { fuzzy: FUZZY_WEIGHT, prefix: PREFIX_WEIGHT },
      ...(actor === undefined ? {} : { filter: (r: { id: string }) => this.actorOf(r.id) === actor }),
      ...(boosted.size === 0 ? {} : { boostDocument: (id: string) => (boosted.has(this.actorOf(id) ?? '') ? boost : 1) }),
    });
    if (standIn.size === 0) return results.map((r) => ({ id: String(r.id), score: r.score, queryTerms: r.queryTerms, matchedTerms: r.terms }));
    const hits = results.map((r) => {
      const queryTerms = [...new Set(r.queryTerms.map((q) => standIn.get(q) ?? q))];
      // MiniSearch multiplied the summed term scores by the number of query terms matched, counting each stand-in.
      const score = queryTerms.length === r.queryTerms.length ? r.score : (r.score / r.queryTerms.length) * queryTerms.length;
      return { id: String(r.id), score, queryTerms, matchedTerms: r.terms };
    });
    return hits.sort((a, b) => b.score - a.score);
  }

  /** True when `term` can be left out of {@link search} and added to its hits by {@link complete}: its full postings are kept (a frequent term). */
  canComplete(term: string): boolean {
    return this.common.has(term);
  }

  /**
   * `hits` (from {@link search} with the same terms and options) completed
   * with the common query terms each passage holds beyond the capped
   * postings: matched terms and score as an uncapped search would give
   * them, best first again. Costs a lookup per hit and common term, so it is
   * meant for the few hits that are judged and shown.
   */
  refine(hits: readonly SearchHit[], terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    return this.complete(hits, terms.filter((t) => this.common.isCapped(t.term)), options);
  }

  /**
   * `hits` (from {@link search}) with each of `terms` that a hit's passage
   * holds and the hit lacks added, as if the search had included them:
   * matched terms, query terms and score as MiniSearch would give them
   * (BM25+ with the term's full document frequency, the term's weight, the
   * actor boost, and MiniSearch's factor of the number of query terms
   * matched), best first again. Only terms for which {@link canComplete}
   * holds are added; the rest are ignored.
   */
  complete(hits: readonly SearchHit[], terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    const adding = terms.filter((t) => this.common.has(t.term));
    if (adding.length === 0 || hits.length === 0) return [...hits];
    // Which terms each hit gains is a bit mask (a query has at most 28 terms; more are added in a second pass):
    // a deferred term can touch thousands of hits, and an array per hit was most of a query's garbage at 100k.
    if (adding.length > 32) return this.complete(this.complete(hits, adding.slice(0, 32), options), adding.slice(32), options);
    const boosted = new Set(options.boostActors ?? []);
    const ordinals = new Int32Array(hits.length);
    hits.forEach((h, i) => (ordinals[i] = this.ordinalOf.get(h.id) ?? -1));
    const added = new Float64Array(hits.length);
    const gained = new Uint32Array(hits.length);
    adding.forEach((t, bit) => {
      const postings = this.common.of(t.term);
      if (postings === undefined) return;
      const idf = this.idf(t.term);
      const add = (i: number, tf: number): void => {
        const hit = hits[i];
        if (hit === undefined || tf === 0 || hit.matchedTerms.includes(t.term)) return;
        const docBoost = boosted.size > 0 && boosted.has(this.actorByOrdinal[ordinals[i] ?? -1] ?? '') ? (options.actorBoost ?? 1) : 1;
        added[i] = (added[i] ?? 0) + t.weight * docBoost * idf * bm25Tf(tf, this.common.length(ordinals[i] ?? 0), this.avgLength);
        gained[i] = (gained[i] ?? 0) | (1 << bit);
      };
      const n = postings.ordinals.length;
      if (hits.length * Math.log2(n + 1) < n) {
        // Few hits: a binary search in the postings for each.
        ordinals.forEach((o, i) => add(i, o < 0 ? 0 : this.common.frequency(t.term, o)));
      } else {
        // Many hits: one pass over the postings, finding each passage's hit through a slot per passage.
        const slots = this.hitSlots(ordinals);
        for (let k = 0; k < n; k++) {
          const i = slots[postings.ordinals[k] ?? 0] ?? -1;
          if (i >= 0) add(i, postings.frequencies[k] ?? 0);
        }
        for (const o of ordinals) if (o >= 0) slots[o] = -1;
      }
    });
    const completed = hits.map((hit, i) => {
      const mask = gained[i] ?? 0;
      if (mask === 0) return hit;
      const queryTerms = [...hit.queryTerms];
      const matchedTerms = [...hit.matchedTerms];
      adding.forEach((t, bit) => {
        if ((mask & (1 << bit)) === 0) return;
        matchedTerms.push(t.term);
        if (!queryTerms.includes(t.term)) queryTerms.push(t.term);
      });
      // MiniSearch multiplies the summed term scores by the number of query terms matched.
      const raw = hit.score / Math.max(1, hit.queryTerms.length);
      return { id: hit.id, score: (raw + (added[i] ?? 0)) * queryTerms.length, queryTerms, matchedTerms };
    });
    return completed.sort((a, b) => b.score - a.score);
  }

  /** A slot per passage, -1 except the hits' (their index in `ordinals`); the caller resets what it set. Kept between calls: allocated once. */
  private hitSlots(ordinals: Int32Array): Int32Array {
    this.slots ??= new Int32Array(this.size).fill(-1);
    ordinals.forEach((o, i) => {
      if (o >= 0 && this.slots !== undefined) this.slots[o] = i;
    });
    return this.slots;
  }
}
