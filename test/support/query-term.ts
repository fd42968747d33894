/** A query term for the search tests: a plain question word, exact, unless `over` says otherwise. */
import type { QueryTerm } from '../../src/search/plan.ts';

export const term = (t: string, over: Partial<QueryTerm> = {}): QueryTerm => ({
  term: t,
  weight: 1,
  fuzzy: false,
  prefix: false,
  source: 'question',
  everyday: false,
  ...over,
});
