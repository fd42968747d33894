/**
 * Our search scores from MiniSearch's postings in typed arrays
 * (score-board.ts): it must rank and score exactly as MiniSearch's own search
 * does over the same index, with the same term boosts, prefix matching,
 * actor filter and document boost. This test, the exact pin of minisearch
 * in package.json and the adapter's shape check (src/search/
 * minisearch-adapter.ts) are what make reading MiniSearch's internals safe.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { capPostings, termOfToken, TOKEN_SEPARATOR } from '../../src/search/capping.ts';
import { SearchIndex } from '../../src/search/index.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import { syntheticPassages } from '../support/synthetic.ts';

const corpus = syntheticPassages(300, 17);
const index = SearchIndex.build(corpus, Infinity);
const capped = capPostings(corpus, Infinity);
const plain = new MiniSearch<{ id: string; text: string }>({
  fields: ['text'],
  storeFields: [],
  tokenize: (s) => s.split(TOKEN_SEPARATOR),
  processTerm: termOfToken,
});
plain.addAll(corpus.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '' })));
const actorOf = new Map(corpus.map((p) => [p.id, p.actor]));
const actors = [...new Set(corpus.map((p) => p.actor))];

const known = [...capped.documentFrequency.keys()].filter((t) => !/\d/u.test(t));
/** Prefixes that are not index terms themselves, of rare terms: searched as prefixes within the budget. */
const prefixes = [...new Set(known.filter((t) => t.length >= 8 && index.documentFrequency(t) <= 3).map((t) => t.slice(0, 6)))].filter(
  (p) => index.documentFrequency(p) === 0,
);

const term = (t: string, weight: number, prefix: boolean): QueryTerm => ({ term: t, weight, fuzzy: false, prefix, source: 'question', everyday: false });

describe('our search', () => {
  it('ranks and scores as MiniSearch does over the same postings', () => {
    expect(prefixes.length).toBeGreaterThan(10);
    const query = fc.record({
      words: fc.uniqueArray(fc.constantFrom(...known), { minLength: 1, maxLength: 6 }),
      prefixed: fc.uniqueArray(fc.constantFrom(...prefixes), { maxLength: 2 }),
      weights: fc.array(fc.constantFrom(0.5, 0.6, 1, 1.5), { minLength: 8, maxLength: 8 }),
      actor: fc.option(fc.constantFrom(...actors), { nil: undefined }),
      boosted: fc.uniqueArray(fc.constantFrom(...actors), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(query, ({ words, prefixed, weights, actor, boosted }) => {
        const terms = [...words.map((w) => term(w, 1, false)), ...prefixed.map((p) => term(p, 1, true))].map((t, i) => ({ ...t, weight: weights[i] ?? 1 }));
        const boostOf = new Map(terms.map((t) => [t.term, t.weight]));
        const got = index.search(terms, { actor, boostActors: boosted, actorBoost: 1.5 }).hits;
        const want = plain.search(terms.map((t) => t.term).join(' '), {
          tokenize: (s) => s.split(' '),
          processTerm: (t) => t,
          prefix: (t) => prefixed.includes(t),
          boostTerm: (t) => boostOf.get(t) ?? 1,
          ...(actor === undefined ? {} : { filter: (r) => actorOf.get(String(r.id)) === actor }),
          boostDocument: (id) => (boosted.includes(actorOf.get(String(id)) ?? '') ? 1.5 : 1),
        });
        expect(got.map((h) => h.id)).toEqual(want.map((r) => String(r.id)));
        got.forEach((h, i) => {
          const w = want[i];
          expect(h.score).toBeCloseTo(w?.score ?? Number.NaN, 10);
          expect(new Set(h.queryTerms)).toEqual(new Set(w?.queryTerms));
          expect(new Set(h.matchedTerms)).toEqual(new Set(w?.terms));
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('returns the same best hits when limited as the first of all hits', () => {
    const terms = known.filter((_, i) => i % 97 === 0).slice(0, 5).map((t) => term(t, 1, false));
    const all = index.search(terms);
    expect(all.found).toBeGreaterThan(40);
    for (const limit of [0, 1, 7, 40]) {
      const some = index.search(terms, {}, { limit });
      expect(some.found).toBe(all.found);
      expect(some.hits).toEqual(all.hits.slice(0, limit));
    }
  });
});
