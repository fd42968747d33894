/**
 * The full-text index over passages. This module is the only one that knows
 * MiniSearch: nothing of its types leaks out, so another engine could stand
 * behind the same interface.
 */
import MiniSearch from 'minisearch';
import { processText, processWord, tokenize } from '../text/terms.ts';
import type { Passage } from '../text/chunk.ts';
import { MAX_FUZZY_DISTANCE } from './limits.ts';
import type { QueryTerm } from './plan.ts';

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
}

interface IndexedPassage {
  readonly id: string;
  readonly text: string;
}

const FIELDS = ['text'];

/** MiniSearch options shared by build and load: they must be identical for a loaded index to work. */
function miniSearchOptions() {
  return {
    fields: FIELDS,
    storeFields: [] as string[],
    tokenize: (text: string) => tokenize(text).map((t) => t.word),
    // Index-side processing: the query planner applies the same function, then hands terms over processed.
    processTerm: (word: string) => processWord(word) ?? null,
  };
}

/** The index over a set of passages. */
export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<IndexedPassage>,
    private readonly df: Map<string, number>,
    private readonly actorOf: Map<string, string>,
  ) {}

  /** Builds the index over `passages`. */
  static build(passages: readonly Passage[]): SearchIndex {
    const mini = new MiniSearch<IndexedPassage>(miniSearchOptions());
    mini.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
    const df = new Map<string, number>();
    for (const p of passages) {
      for (const term of new Set(processText(p.text))) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return new SearchIndex(mini, df, actorMap(passages));
  }

  /** Restores an index saved by {@link toJSON} for the same passages. Throws when the data is not an index. */
  static fromJSON(saved: SerialisedIndex, passages: readonly Passage[]): SearchIndex {
    const mini = MiniSearch.loadJS<IndexedPassage>(saved.data as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
    if (mini.documentCount !== passages.length) {
      throw new Error(`policy-bot: the saved index holds ${mini.documentCount} passages, the corpus ${passages.length}`);
    }
    return new SearchIndex(mini, new Map(Object.entries(saved.documentFrequency)), actorMap(passages));
  }

  /** A plain object that {@link fromJSON} restores. */
  toJSON(): SerialisedIndex {
    return { engine: 'minisearch', data: this.mini.toJSON(), documentFrequency: Object.fromEntries(this.df) };
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
    const n = this.size;
    const df = Math.max(1, this.documentFrequency(term));
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Searches for `terms`; hits best first. */
  search(terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    if (terms.length === 0) return [];
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    const boosted = new Set(options.boostActors ?? []);
    const boost = options.actorBoost ?? 1;
    const actor = options.actor;
    const results = this.mini.search(terms.map((t) => t.term).join(' '), {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      fuzzy: (t: string) => byTerm.get(t)?.fuzzy ?? false,
      prefix: (t: string) => byTerm.get(t)?.prefix ?? false,
      boostTerm: (t: string) => byTerm.get(t)?.weight ?? 1,
      maxFuzzy: MAX_FUZZY_DISTANCE,
      ...(actor === undefined ? {} : { filter: (r: { id: string }) => this.actorOf.get(r.id) === actor }),
      ...(boosted.size === 0 ? {} : { boostDocument: (id: string) => (boosted.has(this.actorOf.get(id) ?? '') ? boost : 1) }),
    });
    return results.map((r) => ({ id: String(r.id), score: r.score, queryTerms: r.queryTerms, matchedTerms: r.terms }));
  }
}

function actorMap(passages: readonly Passage[]): Map<string, string> {
  return new Map(passages.map((p) => [p.id, p.actor]));
}
