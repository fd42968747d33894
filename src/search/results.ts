/**
 * What a search of the index returns and takes: hits, rankings, the options
 * and bounds of a search, and the count of work done. Engine-free: nothing
 * here knows MiniSearch.
 */
import type { QueryTerm } from './plan.ts';
import type { BoardMasks } from './score-board.ts';

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
