/**
 * Our search scores from MiniSearch's postings in typed arrays
 * (score-board.ts): it must rank and score exactly as MiniSearch's own search
 * does over the same index, with the same term boosts, prefix matching,
 * actor filter and document boost, and the same field boosts over both
 * fields (a passage's text and its heading path: fields.ts). This test, the exact pin of minisearch
 * in package.json and the adapter's shape check (src/search/
 * minisearch-adapter.ts) are what make reading MiniSearch's internals safe.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { capPostings, termOfToken, TOKEN_SEPARATOR } from '../../src/search/capping.ts';
import { FIELDS, HEADING_BOOST } from '../../src/search/fields.ts';
import { SearchIndex } from '../../src/search/index.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import { syntheticPassages } from '../support/synthetic.ts';

/** Words no passage's text holds: matched in headings only. */
const HEADING_ONLY = ['quorvex', 'blimtaria', 'snarfeld', 'wozzleton'];

/**
 * The synthetic passages under heading paths: every run of 12 passages
 * shares one (a section), made of words of its first passage's text (so a
 * term matches in both fields) and, for some sections, a word only headings
 * hold; every fourth section has none.
 */
const corpus = syntheticPassages(300, 17).map((p, i, all) => {
  const section = Math.floor(i / 12);
  if (section % 4 === 3) return p;
  const words = (all[section * 12]?.text ?? '').split(/[^A-Za-z]+/u).filter((w) => w.length > 4);
  const heading = [words[section % words.length], words[(3 * section + 1) % words.length], HEADING_ONLY[section % 6]].filter((w) => w !== undefined);
  return { ...p, headings: ['Strategy', heading.join(' ')] };
});
const index = SearchIndex.build(corpus, Infinity);
const capped = capPostings(corpus, Infinity);
const plain = new MiniSearch<{ id: string; text: string; headings: string }>({
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (s) => (s === '' ? [] : s.split(TOKEN_SEPARATOR)),
  processTerm: termOfToken,
});
plain.addAll(corpus.map((p, i) => ({ id: p.id, text: capped.tokenStrings[i] ?? '', headings: capped.headingStrings[i] ?? '' })));
const actorOf = new Map(corpus.map((p) => [p.id, p.actor]));
const actors = [...new Set(corpus.map((p) => p.actor))];

const headingTerms = new Set(
  capped.headingStrings.flatMap((s) => s.split(TOKEN_SEPARATOR).map(termOfToken)).filter((t): t is string => t !== null && t !== ''),
);
const allTerms = new Set([...capped.documentFrequency.keys(), ...headingTerms]);
const known = [...allTerms].filter((t) => !/\d/u.test(t));
/** Prefixes that are not index terms themselves, of rare terms: searched as prefixes within the budget. */
const prefixes = [...new Set(known.filter((t) => t.length >= 8 && index.documentFrequency(t) <= 3).map((t) => t.slice(0, 6)))].filter((p) => !allTerms.has(p));

const term = (t: string, weight: number, prefix: boolean): QueryTerm => ({ term: t, weight, fuzzy: false, prefix, source: 'question', everyday: false });

describe('our search', () => {
  it('ranks and scores as MiniSearch does over the same postings, both fields with their boosts', () => {
    expect(prefixes.length).toBeGreaterThan(10);
    // The heading field is there to be matched: terms in headings only, and in both fields.
    const headingOnly = [...headingTerms].filter((t) => index.documentFrequency(t) === 0);
    expect(headingOnly.length).toBeGreaterThanOrEqual(3);
    expect([...headingTerms].filter((t) => index.documentFrequency(t) > 0).length).toBeGreaterThan(10);
    const query = fc.record({
      words: fc.uniqueArray(fc.constantFrom(...known), { minLength: 1, maxLength: 6 }),
      // Terms the headings hold (some in text too), which words drawn from the whole vocabulary seldom are.
      headed: fc.uniqueArray(fc.constantFrom(...headingTerms), { maxLength: 2 }),
      prefixed: fc.uniqueArray(fc.constantFrom(...prefixes), { maxLength: 2 }),
      weights: fc.array(fc.constantFrom(0.5, 0.6, 1, 1.5), { minLength: 10, maxLength: 10 }),
      actor: fc.option(fc.constantFrom(...actors), { nil: undefined }),
      boosted: fc.uniqueArray(fc.constantFrom(...actors), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(query, ({ words, headed, prefixed, weights, actor, boosted }) => {
        const exact = [...new Set([...words, ...headed])];
        const terms = [...exact.map((w) => term(w, 1, false)), ...prefixed.map((p) => term(p, 1, true))].map((t, i) => ({ ...t, weight: weights[i] ?? 1 }));
        const boostOf = new Map(terms.map((t) => [t.term, t.weight]));
        const got = index.search(terms, { actor, boostActors: boosted, actorBoost: 1.5 }).hits;
        const want = plain.search(terms.map((t) => t.term).join(' '), {
          tokenize: (s) => s.split(' '),
          processTerm: (t) => t,
          prefix: (t) => prefixed.includes(t),
          boost: { headings: HEADING_BOOST },
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
    const terms = known
      .filter((_, i) => i % 97 === 0)
      .slice(0, 5)
      .map((t) => term(t, 1, false));
    const all = index.search(terms);
    expect(all.found).toBeGreaterThan(40);
    for (const limit of [0, 1, 7, 40]) {
      const some = index.search(terms, {}, { limit });
      expect(some.found).toBe(all.found);
      expect(some.hits).toEqual(all.hits.slice(0, limit));
    }
  });
});
