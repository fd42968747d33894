/**
 * The full-text index over passages. This module is the only one that knows
 * MiniSearch: nothing of its types leaks out, so another engine could stand
 * behind the same interface.
 */
import MiniSearch from 'minisearch';
import { CacheFormatError, InternalError, KnowledgeError } from '../errors.ts';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';
import type { Passage } from '../passages/chunk.ts';
import { bm25Idf, bm25Norm, bm25Tf } from './bm25.ts';
import { capPostings, termOfToken, TOKEN_SEPARATOR } from './capping.ts';
import { FUZZY_MAX_LENGTH, MAX_FUZZY_DISTANCE, MAX_POSTINGS_PER_TERM, PREFIX_POSTINGS_BUDGET } from './limits.ts';
import type { QueryTerm } from './plan.ts';
import { PostingMap } from './posting-map.ts';
import { CommonPostings, type PackedPostings } from './postings.ts';
import { type BoardMasks, MAX_BOARD_TERMS, type MatchKind, ScoreBoard } from './score-board.ts';
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

/**
 * One of the best passages of a {@link Ranking}: its score, and which of the
 * ranking's terms it matched, as bit masks (bit i for `ranking.terms[i]`;
 * `typo`: through a word within the term's distance that does not start
 * with it).
 */
export interface RankedHit extends BoardMasks {
  readonly id: string;
  /** The passage's position in the index. */
  readonly ordinal: number;
  readonly score: number;
}

/**
 * What {@link SearchIndex.rank} found: the best hits as masks, and on
 * request the index terms some of them matched. Read it before the index
 * searches again: it reads the index's score board, which the next search
 * clears (a stale read throws).
 */
export class Ranking {
  constructor(
    /** The terms searched, then those deferred: the bits of the hits' masks. */
    readonly terms: readonly QueryTerm[],
    /** The best hits, best first. */
    readonly hits: readonly RankedHit[],
    /** How many passages the search found in all. */
    readonly found: number,
    private readonly matchedOf: (hits: readonly RankedHit[]) => string[][],
  ) {}

  /** The index terms each of `hits` matched (after prefix and typo matching), in that order. Throws when the index has searched since. */
  matchedTerms(hits: readonly RankedHit[]): string[][] {
    return this.matchedOf(hits);
  }
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
  /** The longer index terms the term is searched as a prefix of, when it is. */
  prefixOf: readonly string[] | undefined;
  boost: number;
}

/** What a search needs to know of its options, per passage. */
interface Scope {
  /** The actor code a passage must have, or -1 for any. */
  readonly only: number;
  /** The document boost of each actor code. */
  readonly boostByActor: Float64Array;
}

/** What {@link SearchIndex.search} returns: the best hits with what they matched, and how many passages the search found in all. */
export interface SearchResult {
  readonly hits: SearchHit[];
  readonly found: number;
}

/** Which of the passages found {@link SearchIndex.rank} returns, and what is added to them. */
export interface SearchBounds {
  /**
   * Frequent query terms (see {@link SearchIndex.canComplete}) scored only on
   * the passages the other terms find, exactly as if they had been searched
   * with them (defer.ts). Others are ignored.
   */
  readonly deferred?: readonly QueryTerm[];
  /** How many of the best hits to return (all by default). */
  readonly limit?: number;
}

/**
 * What the searches of an index have cost so far, counted as they run: the
 * query guards are held to a bound on work (terms and postings visited), not
 * on time, which a shared machine makes noisy.
 */
export interface SearchWork {
  /** Calls of {@link SearchIndex.rank}. */
  readonly searches: number;
  /** Index terms whose postings were scored (a query term, its prefix expansions and typo terms). */
  readonly indexTerms: number;
  /** Postings read: of matched index terms, of deferred terms, and the completions of capped terms. */
  readonly postings: number;
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
 * MiniSearch, with read access to what its own search reads: a term's
 * postings, its fuzzy walk over the terms, and the passage lengths. Our
 * search scores from these (see {@link SearchIndex.search}).
 */
class ReadableMiniSearch extends MiniSearch<IndexedPassage> {
  /** The postings of index term `term` in the one field (short id → term frequency). */
  postingsOf(term: string): ReadonlyMap<number, number> | undefined {
    return this._index.get(term)?.get(0);
  }

  /** The index terms within `distance` edits of `term` (MiniSearch's fuzzy walk), each with its distance. */
  fuzzyTerms(term: string, distance: number): { term: string; distance: number }[] {
    return [...this._index.fuzzyGet(term, distance)].map(([t, [, d]]) => ({ term: t, distance: d }));
  }

  /** The length of passage `shortId`'s field as MiniSearch scores it. */
  fieldLengthOf(shortId: number): number {
    return this._fieldLength.get(shortId)?.[0] ?? 0;
  }

  /** The average field length, as MiniSearch scores it. */
  get averageFieldLength(): number {
    return this._avgFieldLength[0] ?? 0;
  }
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
class PackedMiniSearch extends ReadableMiniSearch {
  constructor(saved: PackedIndex, passages: number) {
    super(miniSearchOptions());
    this._documentCount = passages;
    this._nextId = passages;
    this._fieldIds = { [FIELDS[0] ?? 'text']: 0 };
    this._avgFieldLength = [...saved.averageFieldLength];
    this._dirtCount = 0;
  }

  /** Fills the maps from `saved`, packed over `passages` (steps.ts: a restore may run between interactions). Throws a CacheFormatError when they do not fit. */
  *fill(saved: PackedIndex, passages: readonly Passage[]): Steps<void> {
    const n = passages.length;
    for (let i = 0; i < n; i++) {
      if (i % ITEMS_PER_STEP === 0) yield;
      const id = passages[i]?.id ?? '';
      this._documentIds.set(i, id);
      this._idToShortId.set(id, i);
      this._fieldLength.set(i, [saved.fieldLengths[i] ?? 0]);
    }
    const { terms, postingCounts, postingIds, postingFrequencies } = saved;
    let total = 0;
    for (const c of postingCounts) total += c;
    if (total > postingIds.length) throw new CacheFormatError('policy-bot: the saved postings end early');
    let at = 0;
    for (let t = 0; t < terms.length; t++) {
      const count = postingCounts[t] ?? 0;
      // A term's PostingMap checks its ids: a slice is a term or a few thousand postings, whichever comes first.
      if (t % ITEMS_PER_STEP === 0 || count > ITEMS_PER_STEP) yield;
      const ids = postingIds.subarray(at, at + count);
      if (count > 0 && (ids[count - 1] ?? n) >= n) throw new CacheFormatError('policy-bot: a saved posting names no passage');
      // Views of the two arrays (no copy): MiniSearch reads them through a PostingMap (posting-map.ts).
      this._index.set(terms[t] ?? '', new Map([[0, new PostingMap(ids, postingFrequencies.subarray(at, at + count))]]));
      at += count;
    }
    if (at !== postingIds.length) throw new CacheFormatError('policy-bot: the saved postings have trailing data');
  }
}

/** What a SearchIndex computes once from its MiniSearch and passages (see SearchIndex.assemble). */
interface IndexTables {
  readonly vocabulary: string[];
  readonly postings: Map<string, ReadonlyMap<number, number>>;
  readonly ids: readonly string[];
  readonly actors: readonly string[];
  readonly actorCodes: Uint16Array;
  readonly norms: Float64Array;
}

/** The index over a set of passages. */
export class SearchIndex {
  /** Every index term, sorted: prefix expansions are found (and counted) by binary search. */
  private readonly vocabulary: string[];
  /** Each index term's MiniSearch postings, looked up once here: MiniSearch's radix tree is slower to ask for an exact term than a Map. */
  private readonly postings: Map<string, ReadonlyMap<number, number>>;
  /** Each passage's id, by ordinal (MiniSearch's short id). */
  private readonly ids: readonly string[];
  /** Each passage's actor as a code into `actors`, by ordinal: a typed array, not a map keyed by id (at 100k passages a map is ~4 MB). */
  private readonly actorCodes: Uint16Array;
  private readonly actors: readonly string[];
  /** BM25's length normalisation of each passage, by ordinal, computed as MiniSearch does. */
  private readonly norms: Float64Array;
  private board: ScoreBoard | undefined;
  private grams: TermGrams | undefined;
  private readonly counted = { searches: 0, indexTerms: 0, postings: 0 };

  private constructor(
    private readonly mini: ReadableMiniSearch,
    private readonly df: Map<string, number>,
    private readonly common: CommonPostings,
    tables: IndexTables,
  ) {
    ({ vocabulary: this.vocabulary, postings: this.postings, ids: this.ids, actors: this.actors, actorCodes: this.actorCodes, norms: this.norms } = tables);
  }

  /** The index over `mini`, computing its lookup tables over `passages` (steps.ts). */
  private static *assemble(mini: ReadableMiniSearch, df: Map<string, number>, common: CommonPostings, passages: readonly Passage[]): Steps<SearchIndex> {
    const vocabulary = [...df.keys()].sort();
    yield;
    const postings = new Map<string, ReadonlyMap<number, number>>();
    let t = 0;
    for (const term of df.keys()) {
      if (t++ % ITEMS_PER_STEP === 0) yield;
      const p = mini.postingsOf(term);
      if (p !== undefined) postings.set(term, p);
    }
    const n = passages.length;
    const ids: string[] = new Array<string>(n);
    const codes = new Map<string, number>();
    const actorCodes = new Uint16Array(n);
    const norms = new Float64Array(n);
    const avg = mini.averageFieldLength;
    for (let i = 0; i < n; i++) {
      if (i % ITEMS_PER_STEP === 0) yield;
      const p = passages[i];
      if (p === undefined) continue;
      ids[i] = p.id;
      let code = codes.get(p.actor);
      if (code === undefined) {
        code = codes.size;
        // Actors come from actors.yaml (the index does not know the file's name otherwise).
          if (code > 0xffff) throw new KnowledgeError('actors.yaml', 'actors', 'at most 65,535 actors (the index codes an actor in 16 bits)');
        codes.set(p.actor, code);
      }
      actorCodes[i] = code;
      norms[i] = bm25Norm(mini.fieldLengthOf(i), avg);
    }
    return new SearchIndex(mini, df, common, { vocabulary, postings, ids, actors: [...codes.keys()], actorCodes, norms });
  }

  /** Builds the index over `passages`; `cap` is for tests and the benchmark (Infinity: exact, uncapped). */
  static build(passages: readonly Passage[], cap: number = MAX_POSTINGS_PER_TERM): SearchIndex {
    const capped = capPostings(passages, cap);
    const mini = new ReadableMiniSearch(miniSearchOptions());
    mini.addAll(passages.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '' })));
    return runAll(SearchIndex.assemble(mini, capped.documentFrequency, capped.common, passages));
  }

  /**
   * Restores an index packed by {@link toPacked} for the same passages,
   * straight into MiniSearch's maps (see {@link PackedMiniSearch}). Throws
   * a CacheFormatError when the data does not fit the passages.
   */
  static fromPacked(saved: PackedIndex, passages: readonly Passage[]): SearchIndex {
    return runAll(SearchIndex.restore(saved, passages));
  }

  /** {@link fromPacked} as steps (steps.ts): the serving thread restores a reloaded index between interactions. */
  static *restore(saved: PackedIndex, passages: readonly Passage[]): Steps<SearchIndex> {
    const { terms, documentFrequency, postingCounts, postingIds, postingFrequencies, fieldLengths } = saved;
    if (saved.documentCount !== passages.length || saved.nextId !== passages.length || fieldLengths.length !== passages.length) {
      throw new CacheFormatError(`policy-bot: the saved index holds ${saved.documentCount} passages, the corpus ${passages.length}`);
    }
    if (documentFrequency.length !== terms.length || postingCounts.length !== terms.length || postingIds.length !== postingFrequencies.length) {
      throw new CacheFormatError('policy-bot: the saved index does not add up');
    }
    const mini = new PackedMiniSearch(saved, passages.length);
    yield* mini.fill(saved, passages);
    const df = new Map<string, number>();
    for (let i = 0; i < terms.length; i++) {
      if (i % ITEMS_PER_STEP === 0) yield;
      df.set(terms[i] ?? '', documentFrequency[i] ?? 0);
    }
    const common = CommonPostings.fromPacked(saved.common);
    return yield* SearchIndex.assemble(mini, df, common, passages);
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
      throw new InternalError('policy-bot: the index was not built over these passages in order');
    }
    passages.forEach((p, i) => {
      if ((js.documentIds as Record<string, unknown>)[i] !== p.id) throw new InternalError(`policy-bot: short id ${i} is not passage ${p.id}`);
    });
    const terms: string[] = [];
    const counts: number[] = [];
    const postingIds: number[] = [];
    const frequencies: number[] = [];
    for (const [term, data] of js.index) {
      const fields = Object.keys(data);
      if (fields.length !== 1 || fields[0] !== '0') throw new InternalError(`policy-bot: term ${term} is not in exactly the one field`);
      const entries = Object.entries(data[0] ?? {});
      terms.push(term);
      counts.push(entries.length);
      for (const [id, tf] of entries) {
        postingIds.push(Number(id));
        frequencies.push(tf);
      }
    }
    if (this.df.size !== terms.length || terms.some((t) => this.documentFrequency(t) === 0)) {
      throw new InternalError('policy-bot: the document frequencies are not over the index terms');
    }
    if (frequencies.some((f) => f > 0xffff)) throw new InternalError('policy-bot: a term frequency does not fit 16 bits');
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

  /** What the searches so far have cost (a snapshot): see {@link SearchWork}. */
  get work(): SearchWork {
    return { ...this.counted };
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

  /** The index terms that `term` is a proper prefix of, or undefined when they hold more than PREFIX_POSTINGS_BUDGET (capped) postings. */
  private prefixTerms(term: string): string[] | undefined {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.vocabulary[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    const longer: string[] = [];
    let postings = 0;
    for (let i = lo; i < this.vocabulary.length; i++) {
      const v = this.vocabulary[i] ?? '';
      if (!v.startsWith(term)) break;
      if (v === term) continue;
      postings += Math.min(this.common.cap, this.documentFrequency(v));
      if (postings > PREFIX_POSTINGS_BUDGET) return undefined;
      longer.push(v);
    }
    return longer;
  }

  /**
   * How each planned term is searched: typo tolerance only for a term the
   * index does not know (a known word needs none, and fuzzy matching a
   * common one costs most), prefix matching only within budget, and a common
   * term's weight corrected for the idf its capped postings give it.
   */
  private searchSpec(t: QueryTerm): SearchSpec {
    const known = this.documentFrequency(t.term) > 0;
    const common = this.common.isCapped(t.term);
    return {
      fuzzy: t.fuzzy !== false && !known && t.term.length <= FUZZY_MAX_LENGTH ? t.fuzzy : false,
      prefixOf: t.prefix && !known ? this.prefixTerms(t.term) : undefined,
      boost: t.weight * (common ? this.idf(t.term) / bm25Idf(this.common.cap, this.size) : 1),
    };
  }

  /**
   * The index terms that `t` matches with typos, and their distance. The
   * closest spellings the index knows are taken (term-grams.ts): a term
   * allowed two edits is matched at two only when nothing is one edit away;
   * where the letter pairs cannot tell, MiniSearch's fuzzy walk finds every
   * term within the distance allowed. A term that `t` is a prefix of is left
   * to the prefix search, which scores it as such (as MiniSearch does).
   */
  private typoTerms(t: QueryTerm, spec: SearchSpec): { term: string; distance: number }[] {
    if (spec.fuzzy === false) return [];
    const allowed = spec.fuzzy < 1 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(t.term.length * spec.fuzzy)) : spec.fuzzy;
    if (allowed < 1) return [];
    const open = (near: readonly { term: string; distance: number }[]) =>
      near.filter((n) => n.distance > 0 && !(spec.prefixOf !== undefined && n.term.startsWith(t.term)));
    const one = this.typoCandidates(t.term, 1);
    if (one === undefined) return open(this.mini.fuzzyTerms(t.term, allowed));
    const close = open(one);
    if (close.length > 0 || allowed === 1) return close;
    return open(this.typoCandidates(t.term, 2) ?? this.mini.fuzzyTerms(t.term, allowed));
  }

  /** The index terms within `distance` edits of `term` by letter pairs (term-grams.ts); undefined where the pairs cannot tell. */
  private typoCandidates(term: string, distance: number): NearTerm[] | undefined {
    // Built on the first typo: most queries have none.
    this.grams ??= new TermGrams(this.vocabulary);
    return this.grams.within(term, distance);
  }

  /**
   * The index terms a planned term is matched as, each with the weight of
   * its match as MiniSearch weighs an exact, a prefix and a fuzzy match
   * (times the term's boost): the term itself, the longer terms it is a
   * prefix of, and its typo terms.
   */
  private matchesOf(t: QueryTerm): { term: string; weight: number; kind: MatchKind }[] {
    const spec = this.searchSpec(t);
    const out: { term: string; weight: number; kind: MatchKind }[] = [{ term: t.term, weight: spec.boost, kind: 'exact' }];
    for (const v of spec.prefixOf ?? []) {
      const distance = v.length - t.term.length;
      out.push({ term: v, weight: ((PREFIX_WEIGHT * v.length) / (v.length + 0.3 * distance)) * spec.boost, kind: 'prefix' });
    }
    for (const n of this.typoTerms(t, spec)) {
      // A longer word that merely starts with the term counts as a prefix match, even within typo distance.
      const kind = n.term.startsWith(t.term) ? 'prefix' : 'typo';
      out.push({ term: n.term, weight: ((FUZZY_WEIGHT * n.term.length) / (n.term.length + n.distance)) * spec.boost, kind });
    }
    return out;
  }

  /** The actor filter and boosts of `options`, by actor code. */
  private scopeOf(options: SearchOptions): Scope {
    const boostByActor = new Float64Array(this.actors.length).fill(1);
    for (const a of options.boostActors ?? []) {
      const code = this.actors.indexOf(a);
      if (code >= 0) boostByActor[code] = options.actorBoost ?? 1;
    }
    const code = options.actor === undefined ? -1 : this.actors.indexOf(options.actor);
    // An actor no passage has: a code no passage has, so nothing is found.
    return { only: options.actor !== undefined && code < 0 ? this.actors.length : code, boostByActor };
  }

  /**
   * Ranks the passages for `terms`: BM25+ as MiniSearch scores it (a
   * passage's score is its matched terms' scores summed, times the number of
   * query terms it matched), from MiniSearch's postings, but added up in
   * typed arrays (score-board.ts) so that objects are made only for the hits
   * returned. Common terms, whose MiniSearch postings are capped, are
   * completed from their full postings on the hits returned: score and order
   * as an uncapped search would give them. `bounds` may defer frequent terms
   * and limit the hits. Throws when asked more than MAX_BOARD_TERMS terms.
   */
  rank(terms: readonly QueryTerm[], options: SearchOptions = {}, bounds: SearchBounds = {}): Ranking {
    const deferred = (bounds.deferred ?? []).filter((t) => this.common.has(t.term));
    const all = [...terms, ...deferred];
    if (all.length > MAX_BOARD_TERMS) throw new InternalError(`policy-bot: a search takes at most ${MAX_BOARD_TERMS} terms, not ${all.length}`);
    const board = (this.board ??= new ScoreBoard(this.size));
    const search = board.begin();
    this.counted.searches++;
    if (terms.length === 0) return new Ranking(all, [], 0, () => []);
    const scope = this.scopeOf(options);
    const names: string[] = [];
    const numberOf = new Map<string, number>();
    const named = (term: string): number => {
      let n = numberOf.get(term);
      if (n === undefined) {
        n = names.push(term) - 1;
        numberOf.set(term, n);
      }
      return n;
    };
    terms.forEach((t, q) => {
      for (const m of this.matchesOf(t)) {
        const postings = this.postings.get(m.term);
        if (postings === undefined) continue;
        this.counted.indexTerms++;
        this.counted.postings += postings.size;
        this.scorePostings(board, scope, q, named(m.term), m, bm25Idf(postings.size, this.size), postings);
      }
    });
    deferred.forEach((t, j) => {
      const postings = this.common.of(t.term);
      if (postings === undefined) return;
      const q = terms.length + j;
      const name = named(t.term);
      const idf = this.idf(t.term);
      this.counted.postings += postings.ordinals.length;
      // Only on passages already found: a deferred term alone never makes a passage answer (defer.ts).
      for (let k = 0; k < postings.ordinals.length; k++) {
        const o = postings.ordinals[k] ?? 0;
        if (board.has(o)) board.add(o, q, name, this.termScore(t.weight, o, scope, idf, postings.frequencies[k] ?? 0), 'exact');
      }
    });
    let best = board.best(bounds.limit ?? Infinity);
    // Common terms: the passages beyond their capped postings, on the hits returned only.
    let refined = false;
    terms.forEach((t, q) => {
      if (!this.common.isCapped(t.term)) return;
      const name = named(t.term);
      const idf = this.idf(t.term);
      this.counted.postings += best.length;
      for (const o of best) {
        if (board.matches(o, q)) continue;
        const tf = this.common.frequency(t.term, o);
        if (tf === 0) continue;
        board.add(o, q, name, this.termScore(t.weight, o, scope, idf, tf), 'exact');
        refined = true;
      }
    });
    if (refined) best = board.reorder(best);
    const hits = best.map((o): RankedHit => ({ id: this.ids[o] ?? '', ordinal: o, score: board.scoreOf(o), ...board.masksOf(o) }));
    return new Ranking(all, hits, board.count, (some) => {
      if (!board.current(search)) throw new InternalError('policy-bot: a ranking was read after the index searched again');
      return board.details(some.map((h) => h.ordinal)).map((d) => d.map((n) => names[n] ?? ''));
    });
  }

  /** {@link rank}, with what every hit matched listed: for tests and callers that look at every hit. */
  search(terms: readonly QueryTerm[], options: SearchOptions = {}, bounds: SearchBounds = {}): SearchResult {
    const ranking = this.rank(terms, options, bounds);
    const matched = ranking.matchedTerms(ranking.hits);
    const hits = ranking.hits.map((h, i) => ({
      id: h.id,
      score: h.score,
      queryTerms: ranking.terms.filter((_, q) => (h.matched & (1 << q)) !== 0).map((t) => t.term),
      matchedTerms: matched[i] ?? [],
    }));
    return { hits, found: ranking.found };
  }

  /** MiniSearch's BM25+ score of a match weighing `weight`, `tf` times in passage `o`, of a term of inverse document frequency `idf`. */
  private termScore(weight: number, o: number, scope: Scope, idf: number, tf: number): number {
    return weight * (scope.boostByActor[this.actorCodes[o] ?? 0] ?? 1) * (idf * bm25Tf(tf, this.norms[o] ?? 0));
  }

  /** Adds the score of every passage in `postings` (within the scope) for query term `q`, matched as index term number `name`. */
  private scorePostings(
    board: ScoreBoard,
    scope: Scope,
    q: number,
    name: number,
    match: { readonly weight: number; readonly kind: MatchKind },
    idf: number,
    postings: ReadonlyMap<number, number>,
  ): void {
    postings.forEach((tf, o) => {
      if (scope.only >= 0 && this.actorCodes[o] !== scope.only) return;
      board.add(o, q, name, this.termScore(match.weight, o, scope, idf, tf), match.kind);
    });
  }

  /** True when `term` can be deferred (see {@link SearchBounds.deferred}): its full postings are kept (a frequent term). */
  canComplete(term: string): boolean {
    return this.common.has(term);
  }
}
