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
import { CommonPostings, type SerialisedPostings } from './postings.ts';

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

/** A serialised index: what the cache stores. */
export interface SerialisedIndex {
  readonly engine: 'minisearch';
  readonly data: unknown;
  readonly documentFrequency: Record<string, number>;
  readonly postings: SerialisedPostings;
}

interface IndexedPassage {
  readonly id: string;
  /** Pre-processed tokens (capping.ts), not the passage's text. */
  readonly text: string;
}

const FIELDS = ['text'];

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

/** The index over a set of passages. */
export class SearchIndex {
  /** Every index term, sorted: prefix expansions are counted by binary search before MiniSearch is asked for them. */
  private readonly vocabulary: string[];
  private readonly ordinalOf: Map<string, number>;
  private readonly actorOf: Map<string, string>;
  /** MiniSearch's idf of a common term: it sees only the capped postings. */
  private readonly cappedIdf: number;
  private readonly avgLength: number;

  private constructor(
    private readonly mini: MiniSearch<IndexedPassage>,
    private readonly df: Map<string, number>,
    private readonly common: CommonPostings,
    passages: readonly Passage[],
  ) {
    this.vocabulary = [...df.keys()].sort();
    this.ordinalOf = new Map(passages.map((p, i) => [p.id, i]));
    this.actorOf = new Map(passages.map((p) => [p.id, p.actor]));
    this.cappedIdf = bm25Idf(common.cap, passages.length);
    let sum = 0;
    for (let i = 0; i < passages.length; i++) sum += common.length(i);
    this.avgLength = sum / Math.max(1, passages.length);
  }

  /** Builds the index over `passages`; `cap` is for tests and the benchmark (Infinity: exact, uncapped). */
  static build(passages: readonly Passage[], cap: number = MAX_POSTINGS_PER_TERM): SearchIndex {
    const capped = capPostings(passages, cap);
    const mini = new MiniSearch<IndexedPassage>(miniSearchOptions());
    mini.addAll(passages.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '' })));
    return new SearchIndex(mini, capped.documentFrequency, capped.common, passages);
  }

  /** Restores an index saved by {@link toJSON} for the same passages. Throws when the data is not an index. */
  static fromJSON(saved: SerialisedIndex, passages: readonly Passage[]): SearchIndex {
    const mini = MiniSearch.loadJS<IndexedPassage>(saved.data as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
    if (mini.documentCount !== passages.length) {
      throw new Error(`policy-bot: the saved index holds ${mini.documentCount} passages, the corpus ${passages.length}`);
    }
    return new SearchIndex(mini, new Map(Object.entries(saved.documentFrequency)), CommonPostings.fromJSON(saved.postings), passages);
  }

  /** A plain object that {@link fromJSON} restores. */
  toJSON(): SerialisedIndex {
    return { engine: 'minisearch', data: this.mini.toJSON(), documentFrequency: Object.fromEntries(this.df), postings: this.common.toJSON() };
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
  private searchSpec(t: QueryTerm): { fuzzy: number | false; prefix: boolean; boost: number } {
    const known = this.documentFrequency(t.term) > 0;
    const common = this.common.isCommon(t.term);
    return {
      fuzzy: t.fuzzy !== false && !known && t.term.length <= FUZZY_MAX_LENGTH ? t.fuzzy : false,
      prefix: t.prefix && !common && this.prefixWithinBudget(t.term),
      boost: t.weight * (common ? this.idf(t.term) / this.cappedIdf : 1),
    };
  }

  /** Searches for `terms`; hits best first. Common terms count only where they weigh most until {@link refine}d. */
  search(terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    if (terms.length === 0) return [];
    const specs = new Map(terms.map((t) => [t.term, this.searchSpec(t)]));
    const boosted = new Set(options.boostActors ?? []);
    const boost = options.actorBoost ?? 1;
    const actor = options.actor;
    const results = this.mini.search(terms.map((t) => t.term).join(' '), {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      fuzzy: (t: string) => specs.get(t)?.fuzzy ?? false,
      prefix: (t: string) => specs.get(t)?.prefix ?? false,
      boostTerm: (t: string) => specs.get(t)?.boost ?? 1,
      maxFuzzy: MAX_FUZZY_DISTANCE,
      ...(actor === undefined ? {} : { filter: (r: { id: string }) => this.actorOf.get(r.id) === actor }),
      ...(boosted.size === 0 ? {} : { boostDocument: (id: string) => (boosted.has(this.actorOf.get(id) ?? '') ? boost : 1) }),
    });
    return results.map((r) => ({ id: String(r.id), score: r.score, queryTerms: r.queryTerms, matchedTerms: r.terms }));
  }

  /**
   * `hits` (from {@link search} with the same terms and options) completed
   * with the common query terms each passage holds beyond the capped
   * postings: matched terms and score as an uncapped search would give
   * them, best first again. Costs a binary search per hit and common term,
   * so it is meant for the few hits that are judged and shown.
   */
  refine(hits: readonly SearchHit[], terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    const common = terms.filter((t) => this.common.isCommon(t.term));
    if (common.length === 0) return [...hits];
    const boosted = new Set(options.boostActors ?? []);
    const refined = hits.map((hit) => {
      const ordinal = this.ordinalOf.get(hit.id);
      if (ordinal === undefined) return hit;
      const docBoost = boosted.has(this.actorOf.get(hit.id) ?? '') ? (options.actorBoost ?? 1) : 1;
      const queryTerms = [...hit.queryTerms];
      const matchedTerms = [...hit.matchedTerms];
      let added = 0;
      for (const t of common) {
        if (matchedTerms.includes(t.term)) continue;
        const tf = this.common.frequency(t.term, ordinal);
        if (tf === 0) continue;
        matchedTerms.push(t.term);
        if (!queryTerms.includes(t.term)) queryTerms.push(t.term);
        added += t.weight * docBoost * this.idf(t.term) * bm25Tf(tf, this.common.length(ordinal), this.avgLength);
      }
      if (added === 0) return hit;
      // MiniSearch multiplies the summed term scores by the number of query terms matched.
      const raw = hit.score / Math.max(1, hit.queryTerms.length);
      return { id: hit.id, score: (raw + added) * queryTerms.length, queryTerms, matchedTerms };
    });
    return refined.sort((a, b) => b.score - a.score);
  }
}
