/**
 * The full-text index over passages. Only this folder knows MiniSearch, and
 * only minisearch-adapter.ts reads its internals: nothing of its types leaks
 * out, so another engine could stand behind the same interface (DESIGN.md).
 *
 * The index is assembled here from its parts: MiniSearch over capped
 * postings (capping.ts), the full postings of frequent terms (postings.ts),
 * and lookup tables by passage ordinal. Matching query terms is
 * matching.ts's, ranking ranking.ts's, packing for the cache pack.ts's.
 */
import { InternalError, KnowledgeError } from '../errors.ts';
import type { Passage } from '../passages/chunk.ts';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';
import { bm25Idf, bm25Norm } from './bm25.ts';
import { capPostings } from './capping.ts';
import { FIELDS, HEADINGS_FIELD } from './fields.ts';
import { MAX_POSTINGS_PER_TERM } from './limits.ts';
import { TermMatcher } from './matching.ts';
import { buildEngineIndex, type EngineIndex } from './minisearch-adapter.ts';
import { type IndexParts, type PackedIndex, packIndex, unpackIndex } from './pack.ts';
import type { QueryTerm } from './plan.ts';
import type { CommonPostings } from './postings.ts';
import { Ranker, type RankerTables } from './ranking.ts';
import type { Ranking, SearchBounds, SearchOptions, SearchResult, SearchWork } from './results.ts';
import { type AnalysedUpdate, analyseUpdate, applyPreparedUpdate, type PreparedUpdate, prepareIndexUpdate } from './update.ts';

export type { PackedIndex } from './pack.ts';
export type { RankedHit, SearchBounds, SearchHit, SearchOptions, SearchResult, SearchWork } from './results.ts';
export { Ranking } from './results.ts';

/** The lookup tables an index computes once over its passages (see SearchIndex.assemble), by passage ordinal (MiniSearch's short id). */
type IndexTables = Pick<RankerTables, 'ids' | 'actors' | 'actorCodes' | 'norms' | 'postings'> & {
  /** Every index term of any field, sorted: prefix expansions are found (and counted) by binary search. */
  readonly vocabulary: readonly string[];
};

/** The index over a set of passages. */
export class SearchIndex {
  private readonly ranker: Ranker;
  /** Set once an update (update.ts) has replaced this index, whose engine it shares. */
  private superseded = false;

  private constructor(
    private readonly mini: EngineIndex,
    private readonly df: Map<string, number>,
    private readonly common: CommonPostings,
    private readonly tables: IndexTables,
  ) {
    const idf = (term: string): number => this.idf(term);
    const headings = tables.postings[HEADINGS_FIELD];
    const matcher = new TermMatcher({
      vocabulary: tables.vocabulary,
      common,
      size: this.size,
      isIndexed: (term) => tables.postings.some((field) => field.count(term) > 0),
      // What expanding to a term costs: its text postings as searched (capped), and its heading postings.
      postingCost: (term) => Math.min(common.cap, this.documentFrequency(term)) + (headings?.count(term) ?? 0),
      idf,
      fuzzyTerms: (term, distance) => mini.fuzzyTerms(term, distance),
    });
    this.ranker = new Ranker({ ...tables, common, size: this.size, capacity: tables.ids.length, idf }, matcher);
  }

  /** The index over `parts`, computing its lookup tables over `passages` (steps.ts). */
  private static *assemble({ mini, df, common }: IndexParts, passages: readonly Passage[]): Steps<SearchIndex> {
    const vocabulary = mini.sortedTerms();
    yield;
    // Read from the engine at each lookup, not copied into Maps of every term: a restore then allocates nothing per
    // term (term-table.ts), and an update in place (update.ts) changes what these read.
    const postings = FIELDS.map((_, f) => ({
      get: (term: string) => mini.postingsOf(term, f),
      count: (term: string) => mini.postingCountOf(term, f),
    }));
    const n = passages.length;
    const ids: string[] = new Array<string>(n);
    const codes = new Map<string, number>();
    // Each passage's actor as a code, by ordinal: a typed array, not a map keyed by id (at 100k passages a map is ~4 MB).
    const actorCodes = new Uint16Array(n);
    const norms = FIELDS.map(() => new Float64Array(n));
    const averages = FIELDS.map((_, f) => mini.averageFieldLength(f));
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
      norms.forEach((field, f) => {
        field[i] = bm25Norm(mini.fieldLengthOf(i, f), averages[f] ?? 0);
      });
    }
    return new SearchIndex(mini, df, common, { vocabulary, postings, ids, actors: [...codes.keys()], actorCodes, norms });
  }

  /** Builds the index over `passages`; `cap` is for tests and the benchmark (Infinity: exact, uncapped). */
  static build(passages: readonly Passage[], cap: number = MAX_POSTINGS_PER_TERM): SearchIndex {
    const capped = capPostings(passages, cap);
    const mini = buildEngineIndex(passages.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '', headings: capped.headingStrings[i] ?? '' })));
    return runAll(SearchIndex.assemble({ mini, df: capped.documentFrequency, common: capped.common }, passages));
  }

  /**
   * Restores an index packed by {@link toPacked} for the same passages,
   * straight into MiniSearch's maps (pack.ts). Throws a CacheFormatError
   * when the data does not fit the passages.
   */
  static fromPacked(saved: PackedIndex, passages: readonly Passage[]): SearchIndex {
    return runAll(SearchIndex.restore(saved, passages));
  }

  /** {@link fromPacked} as steps (steps.ts): the serving thread restores a reloaded index between interactions. */
  static *restore(saved: PackedIndex, passages: readonly Passage[]): Steps<SearchIndex> {
    const parts = yield* unpackIndex(saved, passages);
    return yield* SearchIndex.assemble(parts, passages);
  }

  /**
   * The index after the passages `removed` are taken out and `added` put in
   * (update.ts: in place, a document's passages at a time, not a rebuild).
   * This index shares its engine with the one returned and must not be
   * searched afterwards: swap the new one in at once.
   */
  update(removed: readonly Passage[], added: readonly Passage[]): SearchIndex {
    return this.applyUpdate(runAll(this.prepareUpdate(runAll(analyseUpdate(removed, added)))));
  }

  /**
   * Works out an update in place of this index (update.ts: prepareIndexUpdate),
   * changing nothing, in steps between interactions (steps.ts), for
   * {@link applyUpdate} to apply: what can be done before the one turn that
   * changes the index is done before it. The index must not change between the two.
   */
  *prepareUpdate(update: AnalysedUpdate): Steps<PreparedUpdate> {
    this.assertCurrent();
    // What the engine's changes will read made ready first (minisearch-adapter.ts).
    yield* this.mini.prepareUpdate();
    return yield* prepareIndexUpdate({ mini: this.mini, df: this.df, common: this.common, tables: this.tables }, update);
  }

  /** Applies an update {@link prepareUpdate} worked out for this index as it is, in place, and returns the index after it. */
  applyUpdate(prepared: PreparedUpdate): SearchIndex {
    this.assertCurrent();
    const { common, tables } = applyPreparedUpdate({ mini: this.mini, df: this.df, common: this.common, tables: this.tables }, prepared);
    // This index's tables no longer describe the engine it shares: a search here would read new postings with old tables.
    this.superseded = true;
    return new SearchIndex(this.mini, this.df, common, tables);
  }

  /** Throws when an update has replaced this index (a request that kept an engine across a reload searches a stale one). */
  private assertCurrent(): void {
    if (this.superseded) throw new InternalError('policy-bot: a search index was used after an update replaced it; take the engine anew');
  }

  /**
   * The index as typed arrays for the cache, numbered by the order of
   * `passages` (an index updated in place is renumbered: pack.ts), with the
   * `drift` of the updates since it was built whole. Throws if MiniSearch's
   * data is not as {@link fromPacked} expects it (its fields; one short id
   * per passage), so a cache is never written that would load wrong.
   */
  toPacked(passages: readonly Passage[], drift = 0): PackedIndex {
    this.assertCurrent();
    return packIndex({ mini: this.mini, df: this.df, common: this.common }, passages, drift);
  }

  /** What the searches so far have cost (a snapshot): see {@link SearchWork}. */
  get work(): SearchWork {
    return this.ranker.work;
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

  /**
   * Ranks the passages for `terms`: BM25+ as MiniSearch scores it, in typed
   * arrays (ranking.ts). Read the ranking before the index searches again.
   * Throws when asked more than MAX_BOARD_TERMS terms.
   */
  rank(terms: readonly QueryTerm[], options: SearchOptions = {}, bounds: SearchBounds = {}): Ranking {
    this.assertCurrent();
    return this.ranker.rank(terms, options, bounds);
  }

  /** {@link rank}, with what every hit matched listed: for tests and callers that look at every hit. */
  search(terms: readonly QueryTerm[], options: SearchOptions = {}, bounds: SearchBounds = {}): SearchResult {
    this.assertCurrent();
    return this.ranker.search(terms, options, bounds);
  }

  /** True when `term` can be deferred (see {@link SearchBounds.deferred}): its full postings are kept (a frequent term). */
  canComplete(term: string): boolean {
    return this.common.has(term);
  }
}
