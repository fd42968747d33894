import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchHit } from '../../src/search/index.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { syntheticPassages } from '../support/synthetic.ts';

const corpus = syntheticPassages(400, 31);
const index = SearchIndex.build(corpus);
/** The same index with every typo left to MiniSearch's fuzzy walk at the distance the term allows. */
const walking = Object.create(index, { typoCandidates: { value: () => undefined } }) as SearchIndex;
const planner = new QueryPlanner({ actors: [], glossary: [] });
const stems = [
  ...new Set(
    corpus
      .flatMap((p) => p.text.split(/[^a-z]+/u))
      .filter((w) => w.length > 0)
      .map((w) => planner.plan(w).terms[0]?.term ?? ''),
  ),
].filter((t) => t.length >= 7 && !/\d/u.test(t) && index.documentFrequency(t) > 0);
const question = (term: string, fuzzy: number): QueryTerm => ({ term, weight: 1, fuzzy, prefix: false, source: 'question', everyday: false });

function expectSameHits(got: readonly SearchHit[], want: readonly SearchHit[]): void {
  expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
  got.forEach((h, i) => {
    expect(h.score).toBeCloseTo(want[i]?.score ?? Number.NaN, 9);
    expect(new Set(h.queryTerms)).toEqual(new Set(want[i]?.queryTerms));
    expect(new Set(h.matchedTerms)).toEqual(new Set(want[i]?.matchedTerms));
  });
}

describe('a term allowed two edits', () => {
  it('is searched with one edit, exactly as MiniSearch fuzzy matching at one edit scores it, when that finds a term', () => {
    let compared = 0;
    for (const stem of stems.slice(0, 80)) {
      // A letter doubled: eight letters or more, so two edits are allowed (0.25 of the length), and the word is one away.
      const typo = `${stem.slice(0, 3)}${stem.slice(2)}`;
      const otherStem = stems[(compared * 7 + 1) % stems.length] ?? stem;
      // A question term among the candidates leaves the term to the walk: another test.
      if (otherStem === stem) continue;
      const other = question(otherStem, 0.25);
      const got = index.search([question(typo, 0.25), other]).hits;
      const want = walking.search([question(typo, 1 / typo.length), other]).hits;
      expect(got.length, typo).toBeGreaterThan(0);
      expectSameHits(got, want);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('is searched with two edits when nothing is one edit away', () => {
    let compared = 0;
    for (const stem of stems.slice(0, 80)) {
      const typo = `${stem}qz`;
      if (index.search([question(typo, 1 / typo.length)]).found > 0) continue;
      expectSameHits(index.search([question(typo, 0.25)]).hits, walking.search([question(typo, 0.25)]).hits);
      if (walking.search([question(typo, 0.25)]).found > 0) compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});
