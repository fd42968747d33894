/**
 * The options every MiniSearch of ours is made with: the index's own
 * (minisearch-adapter.ts) and the probe the shape check inspects
 * (minisearch-shape.ts), which must be made alike for the check to mean
 * anything.
 */
import { termOfToken, TOKEN_SEPARATOR } from './capping.ts';
import { FIELDS } from './fields.ts';

/** A passage as MiniSearch indexes it: each field (fields.ts) as pre-processed tokens (capping.ts), not as written. */
export type IndexedPassage = { readonly id: string } & { readonly [F in (typeof FIELDS)[number]]: string };

/** MiniSearch options shared by build and load: they must be identical for a loaded index to work. */
export function miniSearchOptions() {
  return {
    fields: [...FIELDS],
    storeFields: [] as string[],
    // Passages arrive tokenised and processed once, by capPostings: see there for the token format. A passage without headings has none.
    tokenize: tokensOf,
    processTerm: termOfToken,
    // A removed passage's postings are deleted with it (removePassage), so there is never anything to vacuum, and
    // MiniSearch must not start its asynchronous vacuum over maps that a search reads between turns of the event loop.
    autoVacuum: false,
  };
}

/** The tokens of a pre-processed field string (capping.ts), as MiniSearch's tokenize splits them. */
function tokensOf(tokens: string): string[] {
  return tokens === '' ? [] : tokens.split(TOKEN_SEPARATOR);
}
