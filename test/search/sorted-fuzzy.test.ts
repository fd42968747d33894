import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { fuzzyWalk } from '../../src/search/sorted-fuzzy.ts';

/** The terms within `distance` edits of `query` by the sorted walk, each with its distance, in the order of `terms`. */
function walked(terms: readonly string[], query: string, distance: number): [string, number][] {
  const found: [string, number][] = [];
  fuzzyWalk(terms, query, distance, (i, d) => found.push([terms[i] ?? '', d]));
  return found;
}

/** The same by MiniSearch's own fuzzy walk over its radix tree, sorted by term. */
function miniSearchs(terms: readonly string[], query: string, distance: number): [string, number][] {
  const tree = new SearchableMap<number>();
  for (const t of terms) tree.set(t, 1);
  return [...tree.fuzzyGet(query, distance)].map(([t, [, d]]): [string, number] => [t, d]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// Few letters, so that terms share prefixes and fall within a few edits of each other often.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), minLength: 1, maxLength: 9 });
const vocabulary = fc.uniqueArray(word, { maxLength: 120 }).map((terms) => [...terms].sort());

describe('the fuzzy walk over sorted terms', () => {
  it('finds what MiniSearch finds over its radix tree, with the same distances', () => {
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 0, max: 3 }), (terms, query, distance) => {
        expect(walked(terms, query, distance)).toEqual(miniSearchs(terms, query, distance));
      }),
      { numRuns: 400 },
    );
  });

  it('finds misspellings of a real term, and skips terms that share a prefix once it is too far off', () => {
    const terms = ['cyber', 'cybercrime', 'cyberspace', 'secure', 'security', 'securty', 'strategy', 'zebra'].sort();
    expect(walked(terms, 'securty', 1)).toEqual([
      ['security', 1],
      ['securty', 0],
    ]);
    expect(walked(terms, 'securty', 2)).toEqual([
      ['secure', 2],
      ['security', 1],
      ['securty', 0],
    ]);
    expect(walked(terms, 'cybre', 2)).toEqual([['cyber', 2]]);
    expect(walked(terms, 'qqqqq', 2)).toEqual([]);
  });
});
