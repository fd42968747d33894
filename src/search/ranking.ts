/**
 * Ranking: BM25+ as MiniSearch scores it, from MiniSearch's postings, but
 * added up in typed arrays (score-board.ts) so that objects are made only
 * for the hits returned. Each field (fields.ts) is scored with its own
 * document frequencies and lengths and weighted by its boost, as MiniSearch
 * does. test/search/scoring.test.ts holds the scores and order equal to
 * MiniSearch's own search over the same index with the same field boosts.
 */
import { InternalError } from '../errors.ts';
import { bm25Idf, bm25Tf } from './bm25.ts';
import { FIELD_BOOSTS, HEADINGS_FIELD, TEXT_FIELD } from './fields.ts';
import type { TermMatcher } from './matching.ts';
import type { QueryTerm } from './plan.ts';
import type { CommonPostings } from './postings.ts';
import { type RankedHit, Ranking, type SearchBounds, type SearchOptions, type SearchResult, type SearchWork } from './results.ts';
import { MAX_BOARD_TERMS, type MatchKind, ScoreBoard } from './score-board.ts';

/** One field's MiniSearch postings by index term (ordinal → term frequency), read from the engine when asked. */
export interface FieldPostings {
  get(term: string): ReadonlyMap<number, number> | undefined;
  /** How many postings the term has (0: none), without reading them. */
  count(term: string): number;
}

/** What a ranker reads of its index: lookup tables computed once, by passage ordinal (MiniSearch's short id). */
export interface RankerTables {
  /** By field id, each index term's MiniSearch postings there. */
  readonly postings: readonly FieldPostings[];
  /** Each passage's id. */
  readonly ids: readonly string[];
  /** The actors, in the order of their codes. */
  readonly actors: readonly string[];
  /** Each passage's actor as a code into `actors`. */
  readonly actorCodes: Uint16Array;
  /** By field id, BM25's length normalisation of each passage's field, computed as MiniSearch does. */
  readonly norms: readonly Float64Array[];
  readonly common: CommonPostings;
  /** How many passages are indexed (BM25's N). */
  readonly size: number;
  /** One more than the largest passage ordinal: an index updated in place (update.ts) has gaps where passages were removed. */
  readonly capacity: number;
  idf(term: string): number;
}

/** What a search needs to know of its options, per passage. */
interface Scope {
  /** The actor code a passage must have, or -1 for any. */
  readonly only: number;
  /** The document boost of each actor code. */
  readonly boostByActor: Float64Array;
}

/** Ranks passages for planned terms over one index, on one score board reused by every search. */
export class Ranker {
  private board: ScoreBoard | undefined;
  private readonly counted = { searches: 0, indexTerms: 0, postings: 0 };
  /** The table every posting scored reads, held directly: the scoring loop is the hot path. */
  private readonly actorCodes: Uint16Array;

  constructor(
    private readonly tables: RankerTables,
    private readonly matcher: TermMatcher,
  ) {
    this.actorCodes = tables.actorCodes;
  }

  /** What the searches so far have cost (a snapshot). */
  get work(): SearchWork {
    return { ...this.counted };
  }

  /**
   * Ranks the passages for `terms`: a passage's score is its matched terms'
   * scores summed, times the number of query terms it matched. Common terms,
   * whose MiniSearch postings are capped, are completed from their full
   * postings on the hits returned: score and order as an uncapped search
   * would give them. `bounds` may defer frequent terms and limit the hits.
   * Throws when asked more than MAX_BOARD_TERMS terms.
   */
  rank(terms: readonly QueryTerm[], options: SearchOptions = {}, bounds: SearchBounds = {}): Ranking {
    const { common, postings: fieldPostings, norms, size, capacity } = this.tables;
    const textNorms = norms[TEXT_FIELD] ?? new Float64Array(0);
    const headingNorms = norms[HEADINGS_FIELD] ?? new Float64Array(0);
    const deferred = (bounds.deferred ?? []).filter((t) => common.has(t.term));
    const all = [...terms, ...deferred];
    if (all.length > MAX_BOARD_TERMS) throw new InternalError(`policy-bot: a search takes at most ${MAX_BOARD_TERMS} terms, not ${all.length}`);
    this.board ??= new ScoreBoard(capacity);
    const board = this.board;
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
    // Query terms whose text postings were read whole (below): nothing to complete for them after the search.
    const whole = new Set<number>();
    terms.forEach((t, q) => {
      for (const m of this.matcher.matchesOf(t)) {
        let found = false;
        // Field by field, as MiniSearch scores a match: each with its own idf and lengths, weighted by its boost.
        fieldPostings.forEach((inField, f) => {
          const postings = inField.get(m.term);
          if (postings === undefined) return;
          found = true;
          if (f === TEXT_FIELD && scope.only >= 0 && m.term === t.term && common.isCapped(m.term)) {
            // One actor's documents: a common term's capped postings keep the passages it weighs most in across the
            // corpus, which may leave out most of this actor's, and a passage that answers with common words and deferred
            // ones ("cyber-attack") would never be found. Its full postings, within the actor, are read instead.
            this.scoreWhole(board, scope, q, named(m.term), m.weight * (FIELD_BOOSTS[f] ?? 1), m.term, textNorms);
            whole.add(q);
            return;
          }
          this.counted.postings += postings.size;
          const weight = m.weight * (FIELD_BOOSTS[f] ?? 1) * (f === TEXT_FIELD ? m.textCorrection : 1);
          this.scorePostings(board, scope, q, named(m.term), weight, m.kind, bm25Idf(postings.size, size), postings, norms[f] ?? textNorms);
        });
        if (found) this.counted.indexTerms++;
      }
    });
    deferred.forEach((t, j) => {
      const postings = common.of(t.term);
      if (postings === undefined) return;
      const q = terms.length + j;
      const name = named(t.term);
      const idf = this.tables.idf(t.term);
      const weight = t.weight * (FIELD_BOOSTS[TEXT_FIELD] ?? 1);
      this.counted.postings += postings.ordinals.length;
      // Only on passages already found: a deferred term alone never makes a passage answer (defer.ts).
      for (let k = 0; k < postings.ordinals.length; k++) {
        const o = postings.ordinals[k] ?? 0;
        if (board.has(o)) board.add(o, q, name, this.termScore(weight, o, scope, idf, postings.frequencies[k] ?? 0, textNorms), 'exact');
      }
      // Its heading postings are whole (not capped): scored the same way, on the same passages.
      const inHeadings = fieldPostings[HEADINGS_FIELD]?.get(t.term);
      if (inHeadings === undefined) return;
      this.counted.postings += inHeadings.size;
      const headingIdf = bm25Idf(inHeadings.size, size);
      const headingWeight = t.weight * (FIELD_BOOSTS[HEADINGS_FIELD] ?? 1);
      inHeadings.forEach((tf, o) => {
        if (board.has(o)) board.add(o, q, name, this.termScore(headingWeight, o, scope, headingIdf, tf, headingNorms), 'exact');
      });
    });
    let best = board.best(bounds.limit ?? Infinity);
    // Common terms: the passages beyond their capped postings, on the hits returned only.
    let refined = false;
    terms.forEach((t, q) => {
      if (!common.isCapped(t.term) || whole.has(q)) return;
      const name = named(t.term);
      const idf = this.tables.idf(t.term);
      const weight = t.weight * (FIELD_BOOSTS[TEXT_FIELD] ?? 1);
      // The passages whose text the capped postings scored already (a passage may have matched the term in its headings only).
      const scored = fieldPostings[TEXT_FIELD]?.get(t.term);
      this.counted.postings += best.length;
      for (const o of best) {
        if (scored?.has(o) === true) continue;
        const tf = common.frequency(t.term, o);
        if (tf === 0) continue;
        board.add(o, q, name, this.termScore(weight, o, scope, idf, tf, textNorms), 'exact');
        refined = true;
      }
    });
    if (refined) best = board.reorder(best);
    const { ids } = this.tables;
    const hits = best.map((o): RankedHit => ({ id: ids[o] ?? '', ordinal: o, score: board.scoreOf(o), ...board.masksOf(o) }));
    return new Ranking(all, hits, board.count, (some) => {
      if (!board.current(search)) throw new InternalError('policy-bot: a ranking was read after the index searched again');
      return board.details(some.map((h) => h.ordinal)).map((d) => d.map((n) => names[n] ?? ''));
    });
  }

  /** {@link rank}, with what every hit matched listed. */
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

  /** The actor filter and boosts of `options`, by actor code. */
  private scopeOf(options: SearchOptions): Scope {
    const { actors } = this.tables;
    const boostByActor = new Float64Array(actors.length).fill(1);
    for (const a of options.boostActors ?? []) {
      const code = actors.indexOf(a);
      if (code >= 0) boostByActor[code] = options.actorBoost ?? 1;
    }
    const code = options.actor === undefined ? -1 : actors.indexOf(options.actor);
    // An actor no passage has: a code no passage has, so nothing is found.
    return { only: options.actor !== undefined && code < 0 ? actors.length : code, boostByActor };
  }

  /** MiniSearch's BM25+ score of a match weighing `weight`, `tf` times in a field of passage `o` (the field's `norms`), of a term of inverse document frequency `idf` there. */
  private termScore(weight: number, o: number, scope: Scope, idf: number, tf: number, norms: Float64Array): number {
    return weight * (scope.boostByActor[this.actorCodes[o] ?? 0] ?? 1) * (idf * bm25Tf(tf, norms[o] ?? 0));
  }

  /** Adds the text score of common term `term` (query term `q`, index term number `name`) to every passage of its full postings within the scope's one actor. */
  private scoreWhole(board: ScoreBoard, scope: Scope, q: number, name: number, weight: number, term: string, norms: Float64Array): void {
    const postings = this.tables.common.of(term);
    if (postings === undefined) return;
    const idf = this.tables.idf(term);
    const { ordinals, frequencies } = postings;
    this.counted.postings += ordinals.length;
    for (let k = 0; k < ordinals.length; k++) {
      const o = ordinals[k] ?? 0;
      if (this.actorCodes[o] !== scope.only) continue;
      board.add(o, q, name, this.termScore(weight, o, scope, idf, frequencies[k] ?? 0, norms), 'exact');
    }
  }

  /** Adds the score of every passage in `postings` of one field (within the scope) for query term `q`, matched as index term number `name`. */
  private scorePostings(
    board: ScoreBoard,
    scope: Scope,
    q: number,
    name: number,
    weight: number,
    kind: MatchKind,
    idf: number,
    postings: ReadonlyMap<number, number>,
    norms: Float64Array,
  ): void {
    postings.forEach((tf, o) => {
      if (scope.only >= 0 && this.actorCodes[o] !== scope.only) return;
      board.add(o, q, name, this.termScore(weight, o, scope, idf, tf, norms), kind);
    });
  }
}
