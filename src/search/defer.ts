/**
 * A cheaper first pass over the rarer terms. MiniSearch scores every passage
 * each query term touches, and a frequent term touches many; yet a passage
 * answers only when it matches at least MIN_EVIDENCE of the question's
 * weight (answer.ts), and frequent terms weigh little (idf). So the
 * frequent terms whose weight together stays below that share are left out
 * of the search: a passage matching none of the searched terms could not
 * answer anyway. They are then scored exactly on the passages the search
 * found (SearchIndex.complete), so the answering passages, their scores and
 * their order are those of the full search.
 */
import type { QueryPlan, QueryTerm } from './plan.ts';

/** What deferring needs of the index. */
export interface DeferIndex {
  documentFrequency(term: string): number;
  /** Whether `term` can be added to hits after the search (its full postings are kept). */
  canComplete(term: string): boolean;
}

/** The evidence a question's terms carry: each evidence term's weight, their sum, and the share a passage needs. */
export interface EvidenceWeights {
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  readonly minShare: number;
}

/** The plan's terms split into those searched and those deferred (added to the hits afterwards). */
export interface SearchSplit {
  readonly searched: readonly QueryTerm[];
  readonly deferred: readonly QueryTerm[];
}

/** Float sums of the same weights in another order differ in the last bits: stay this far below the bound. */
const MARGIN = 1e-9;

/**
 * Which of `plan`'s terms can be deferred: frequent terms, most frequent
 * first, while the evidence weight a passage could gain from deferred terms
 * alone stays below the share it needs. That weight counts a deferred
 * evidence term's own weight, and the weight of every question term that a
 * glossary expansion could credit from its deferred terms alone (half of
 * its added terms or more deferred). A question with no evidence terms (it
 * names only an actor) defers nothing.
 */
export function splitSearch(plan: QueryPlan, evidence: EvidenceWeights, index: DeferIndex): SearchSplit {
  const none = { searched: plan.terms, deferred: [] };
  if (evidence.total <= 0) return none;
  const bound = evidence.minShare * evidence.total * (1 - MARGIN);
  const candidates = plan.terms.filter((t) => index.canComplete(t.term)).sort((a, b) => index.documentFrequency(b.term) - index.documentFrequency(a.term));
  const credited = new Set<string>();
  const deferred = new Set<string>();
  // How many of each expansion's added terms are deferred: a passage is credited with the question terms an
  // expansion stands for only when it matches half of its added terms, or all of a thesaurus phrase (evidence.ts),
  // so fewer deferred cannot credit them on their own.
  const deferredOf = plan.expansions.map(() => 0);
  let potential = 0;
  for (const t of candidates) {
    const gains = new Set<string>([t.term]);
    const inExpansions: number[] = [];
    plan.expansions.forEach((e, i) => {
      if (!e.addedTerms.includes(t.term)) return;
      inExpansions.push(i);
      const need = e.whole === true ? e.addedTerms.length : Math.ceil(e.addedTerms.length / 2);
      if ((deferredOf[i] ?? 0) + 1 >= need) for (const f of e.foundTerms) gains.add(f);
    });
    let extra = 0;
    for (const g of gains) if (!credited.has(g)) extra += evidence.weights.get(g) ?? 0;
    if (potential + extra >= bound) continue;
    potential += extra;
    for (const g of gains) credited.add(g);
    for (const i of inExpansions) deferredOf[i] = (deferredOf[i] ?? 0) + 1;
    deferred.add(t.term);
  }
  if (deferred.size === 0) return none;
  return { searched: plan.terms.filter((t) => !deferred.has(t.term)), deferred: plan.terms.filter((t) => deferred.has(t.term)) };
}
