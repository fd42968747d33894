import { describe, expect, it } from 'vitest';
import { benchQueries } from '../../fixtures/synthetic/queries.ts';
import { ACRONYMS } from '../../fixtures/synthetic/vocabulary.ts';
import { answer, MIN_EVIDENCE } from '../../src/search/answer.ts';
import { splitSearch, type DeferIndex } from '../../src/search/defer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner, type QueryPlan, type QueryTerm } from '../../src/search/plan.ts';
import { syntheticPassages } from '../support/synthetic.ts';
import { term } from '../support/query-term.ts';

/** 600 synthetic passages: common words are in hundreds of them, so many terms are frequent. */
const corpus = syntheticPassages(600, 23);
const byId = new Map(corpus.map((p) => [p.id, p]));
const index = SearchIndex.build(corpus, Infinity);
const planner = new QueryPlanner({ actors: [], glossary: [] });
/** With the benchmark's glossary: its acronyms expand to frequent words, whose deferral must not change what answers. */
const glossaryPlanner = new QueryPlanner({ actors: [], glossary: ACRONYMS.map((a) => ({ term: a.term, means: [a.means] })) });

/** An actor of the corpus for each question, picked by its length: questions are asked in every actor's documents. */
const corpusActors = [...new Set(corpus.map((p) => p.actor))];
const actorOf = (question: string): string => corpusActors[question.length % corpusActors.length] ?? '';

/** The same index with nothing deferrable: every term is searched, as before deferring existed. */
const searchingAll = Object.create(index, { canComplete: { value: () => false } }) as SearchIndex;

describe('deferring frequent terms', () => {
  it('deferred terms give the hits a full search gives, with the same scores and matches', () => {
    const frequent = ['secur', 'cyber', 'nation'].filter((t) => index.canComplete(t));
    expect(frequent.length).toBeGreaterThan(1);
    const rare = [...new Set(corpus.flatMap((p) => p.text.toLowerCase().split(/\W+/u)))]
      .filter((w) => /^[a-z]{6,}$/u.test(w))
      .map((w) => planner.plan(w).terms[0]?.term ?? '')
      .filter((t) => index.documentFrequency(t) >= 3 && index.documentFrequency(t) <= 12)
      .slice(0, 2);
    expect(rare).toHaveLength(2);
    const searched = rare.map((t) => term(t));
    const deferred = frequent.map((t) => term(t, { weight: 0.7 }));
    const full = index.search([...searched, ...deferred]).hits.filter((h) => h.queryTerms.some((q) => rare.includes(q)));
    const got = index.search(searched, {}, { deferred }).hits;
    expect(got.map((h) => h.id).sort()).toEqual(full.map((h) => h.id).sort());
    for (const want of full) {
      const hit = got.find((h) => h.id === want.id);
      expect(hit?.score).toBeCloseTo(want.score, 9);
      expect(new Set(hit?.matchedTerms)).toEqual(new Set(want.matchedTerms));
      expect(new Set(hit?.queryTerms)).toEqual(new Set(want.queryTerms));
    }
    expect(got.map((h) => h.score)).toEqual([...got.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('answers every benchmark question as a search of all its terms would', () => {
    let deferredSome = 0;
    for (const q of benchQueries(300, 5)) {
      const plan = (q.text.length % 2 === 0 ? planner : glossaryPlanner).plan(q.text);
      // In one actor's documents too, where a passage needs a lower share to answer (ACTOR_MIN_EVIDENCE).
      for (const options of [
        { limit: 5, offset: 0 },
        { limit: 3, offset: 4 },
        { limit: 5, offset: 0, actor: actorOf(q.text) },
      ]) {
        const want = answer(plan, searchingAll, byId, options);
        const got = answer(plan, index, byId, options);
        expect(got.abstained, q.text).toBe(want.abstained);
        expect(
          got.results.map((r) => r.passage.id),
          q.text,
        ).toEqual(want.results.map((r) => r.passage.id));
        got.results.forEach((r, i) => {
          expect(r.score).toBeCloseTo(want.results[i]?.score ?? Number.NaN, 9);
        });
        expect(got.results.map((r) => r.excerpt.text)).toEqual(want.results.map((r) => r.excerpt.text));
        // Hits that matched only deferred terms could never answer: an exact count stays exact, and no count shrinks.
        expect(got.total).toBeGreaterThanOrEqual(want.total);
        if (want.totalAtLeast === undefined) expect(got.total).toBe(want.total);
      }
      const weights = new Map(plan.terms.map((t) => [t.term, index.idf(t.term) * (t.everyday ? 0.3 : 1)]));
      const total = [...weights.values()].reduce((s, w) => s + w, 0);
      if (splitSearch(plan, { weights, total, minShare: MIN_EVIDENCE }, index).deferred.length > 0) deferredSome++;
    }
    // The comparison is only worth something if deferring happened in it.
    expect(deferredSome).toBeGreaterThan(20);
  });
});

describe('splitSearch', () => {
  const df: Record<string, number> = { rare: 2, mid: 40, common: 300, commoner: 400 };
  const fake: DeferIndex = { documentFrequency: (t) => df[t] ?? 0, canComplete: (t) => (df[t] ?? 0) >= 32 };
  const plan = (terms: QueryTerm[], expansions: QueryPlan['expansions'] = []): QueryPlan => ({
    question: '',
    language: 'en',
    terms,
    mentionedActors: [],
    years: [],
    expansions,
    shortened: false,
  });
  const weights = (w: Record<string, number>) => {
    const m = new Map(Object.entries(w));
    return { weights: m, total: [...m.values()].reduce((s, x) => s + x, 0), minShare: MIN_EVIDENCE };
  };
  const names = (ts: readonly QueryTerm[]) => ts.map((t) => t.term);

  it('defers frequent terms, most frequent first, while what they could credit stays under the share needed', () => {
    const p = plan([term('rare'), term('mid'), term('common'), term('commoner')]);
    const split = splitSearch(p, weights({ rare: 5, mid: 2, common: 1, commoner: 1 }), fake);
    // common + commoner = 2 of 9 (< 4.5); adding mid would make 4, still under: all three are deferred.
    expect(names(split.deferred)).toEqual(['mid', 'common', 'commoner']);
    expect(names(split.searched)).toEqual(['rare']);
  });

  it('keeps searching a frequent term that carries half the weight', () => {
    const p = plan([term('rare'), term('common')]);
    expect(names(splitSearch(p, weights({ rare: 1, common: 1 }), fake).deferred)).toEqual([]);
    expect(names(splitSearch(p, weights({ rare: 1.01, common: 1 }), fake).deferred)).toEqual(['common']);
  });

  it('counts what a deferred glossary term could credit to the question term it expands', () => {
    const expansion = { found: 'R', foundTerms: ['rare'], added: ['C'], addedTerms: ['common'] };
    const p = plan([term('rare'), term('mid'), term('common', { source: 'glossary', weight: 0.6 })], [expansion]);
    // Deferring the glossary term could credit "rare" (weight 3 of 4): it must stay searched; mid (1 of 4) can go.
    const split = splitSearch(p, weights({ rare: 3, mid: 1 }), fake);
    expect(names(split.deferred)).toEqual(['mid']);
  });

  it('defers fewer than half of the terms an expansion added without counting the question term they stand for', () => {
    const expansion = { found: 'R', foundTerms: ['rare'], added: ['C'], addedTerms: ['common', 'commoner', 'mid'] };
    const glossary = (t: string) => term(t, { source: 'glossary', weight: 0.6 });
    const p = plan([term('rare'), glossary('common'), glossary('commoner'), glossary('mid')], [expansion]);
    // One of three deferred cannot credit "rare" (it takes two); the second would, and "rare" is all the weight.
    const split = splitSearch(p, weights({ rare: 3 }), fake);
    expect(names(split.deferred)).toEqual(['commoner']);
  });

  it('defers nothing for a question with no evidence terms (it only names an actor)', () => {
    const p = plan([term('common', { source: 'actor', weight: 0.5 })]);
    expect(splitSearch(p, { weights: new Map(), total: 0, minShare: MIN_EVIDENCE }, fake).deferred).toEqual([]);
  });
});
