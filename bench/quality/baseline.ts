/**
 * The baseline to beat (issue 14): plain MiniSearch over the same passages,
 * with one rule on top: if the question names exactly one country (by name
 * or alias, whole words), only that country's passages are searched.
 */
import MiniSearch from 'minisearch';
import type { Answer } from '../../fixtures/retrieval/corpus-metrics.ts';
import type { Country } from './actors-fixture.ts';

/** What the baseline indexes of a passage. */
export interface BaselinePassage {
  readonly id: string;
  readonly actor: string;
  readonly text: string;
}

/** MiniSearch's usual options for a search box: prefix and fuzzy matching, terms OR-ed. */
const SEARCH = { prefix: true, fuzzy: 0.2 } as const;

/** How many results the baseline returns, like the engine asked for its top 10. */
const TOP = 10;

/** One regular expression per country: any of its names as a whole word; a name in capitals matches only in capitals. */
function nameMatchers(countries: readonly Country[]): { id: string; patterns: RegExp[] }[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return countries.map((c) => ({
    id: c.id,
    patterns: [c.name, ...c.aliases].map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, /^[A-Z.]{2,}$/u.test(n) ? 'u' : 'iu')),
  }));
}

/** The countries a question names. */
export function namedCountries(question: string, matchers: ReturnType<typeof nameMatchers>): string[] {
  return matchers.filter((m) => m.patterns.some((p) => p.test(question))).map((m) => m.id);
}

/** Builds the baseline over `passages`; the returned function answers one question. */
export function plainMiniSearch(passages: readonly BaselinePassage[], countries: readonly Country[]): (question: string) => Answer {
  const index = new MiniSearch<BaselinePassage>({ fields: ['text'], storeFields: ['actor'] });
  index.addAll(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const matchers = nameMatchers(countries);
  return (question) => {
    const named = namedCountries(question, matchers);
    const only = named.length === 1 ? named[0] : undefined;
    const hits = index.search(question, { ...SEARCH, ...(only === undefined ? {} : { filter: (r) => r['actor'] === only }) });
    const results = hits.slice(0, TOP).flatMap((h) => {
      const p = byId.get(String(h.id));
      return p === undefined ? [] : [p];
    });
    return { abstained: results.length === 0, results };
  };
}
