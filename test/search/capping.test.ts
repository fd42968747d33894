import { describe, expect, it } from 'vitest';
import { capPostings, SKIP, TOKEN_SEPARATOR, termOfToken } from '../../src/search/capping.ts';
import { answer, EVIDENCE_WINDOW } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { syntheticPassages } from '../support/synthetic.ts';
import { term } from '../support/query-term.ts';

/** 600 synthetic passages: common words ("security", "cyber") are in hundreds of them. */
const corpus = syntheticPassages(600, 11);

describe('capped postings', () => {
  it('index a common term only in its `cap` heaviest passages and keep its full postings beside', () => {
    const capped = capPostings(corpus, 50);
    const common = [...capped.documentFrequency].filter(([, df]) => df > 50).map(([t]) => t);
    expect(common.length).toBeGreaterThan(5);
    for (const t of common.slice(0, 5)) {
      const indexedIn = capped.tokenStrings.filter((s) => s.split(TOKEN_SEPARATOR).some((tok) => termOfToken(tok) === t)).length;
      expect(indexedIn).toBe(50);
      expect(capped.common.isCapped(t)).toBe(true);
      const holding = corpus.filter((_, i) => capped.common.frequency(t, i) > 0).length;
      expect(holding).toBe(capped.documentFrequency.get(t));
    }
  });

  it('keep every passage length as MiniSearch counts it (distinct words, whatever is skipped)', () => {
    const capped = capPostings(corpus, 50);
    expect(capped.tokenStrings).toHaveLength(corpus.length);
    capped.tokenStrings.forEach((s, i) => {
      expect(new Set(s.split(TOKEN_SEPARATOR)).size).toBe(capped.common.length(i));
    });
    expect(termOfToken(`${SKIP}the`)).toBeNull();
  });

  it('give the hits that are judged the same matches and scores as an uncapped index', () => {
    const exact = SearchIndex.build(corpus, Infinity);
    const capped = SearchIndex.build(corpus, 50);
    const capping = capPostings(corpus, 50);
    const [common] = [...capping.documentFrequency].filter(([, df]) => df > 200).map(([t]) => t);
    const rare = [...capping.documentFrequency]
      .filter(([, df]) => df >= 5 && df <= 20)
      .map(([t]) => t)
      .slice(0, 2);
    expect(common).toBeDefined();
    expect(rare).toHaveLength(2);
    const terms = [term(common ?? ''), ...rare.map((r) => term(r))];
    const want = exact.search(terms).hits.slice(0, 10);
    const got = capped.search(terms, {}, { limit: 10 }).hits;
    // The hits that match every term are the ones compared: there must be some, or the loop below proves nothing.
    const judged = want.filter((h) => h.queryTerms.length === terms.length);
    expect(judged.length).toBeGreaterThan(0);
    for (const w of judged) {
      const g = got.find((h) => h.id === w.id);
      expect(g?.score).toBeCloseTo(w.score, 6);
      expect(new Set(g?.matchedTerms)).toEqual(new Set(w.matchedTerms));
    }
  });

  it('within one actor, find and score every passage of a capped term as an uncapped index does', () => {
    const exact = SearchIndex.build(corpus, Infinity);
    const capped = SearchIndex.build(corpus, 50);
    const capping = capPostings(corpus, 50);
    const common = [...capping.documentFrequency].filter(([, df]) => df > 200).map(([t]) => t);
    const actor = corpus[0]?.actor ?? '';
    const terms = [term(common[0] ?? ''), term(common[1] ?? '')];
    const want = exact.search(terms, { actor }).hits;
    const got = capped.search(terms, { actor }).hits;
    // The capped postings keep the corpus's heaviest passages, not this actor's: there must be some left out, or this proves nothing.
    const inCapped = capped.search(terms).hits.filter((h) => corpus.find((p) => p.id === h.id)?.actor === actor).length;
    expect(want.length).toBeGreaterThan(inCapped);
    expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
    got.forEach((h, i) => {
      expect(h.score).toBeCloseTo(want[i]?.score ?? 0, 6);
    });
  });

  it('survive the cache round trip', () => {
    const built = SearchIndex.build(corpus, 50);
    const loaded = SearchIndex.fromPacked(built.toPacked(corpus), corpus);
    const terms = [term('secur'), term('cyber'), term('strategi', { prefix: true, fuzzy: 0.2 })];
    expect(loaded.search(terms)).toEqual(built.search(terms));
  });

  it('report the count of answering passages as a lower bound when more hits than the judged window matched', () => {
    const index = SearchIndex.build(corpus, Infinity);
    const byId = new Map(corpus.map((p) => [p.id, p]));
    const planner = new QueryPlanner({ actors: [], glossary: [] });
    // The three most frequent specific words: one of them can be deferred (defer.ts), and the other two
    // still find more passages than the window judges, many of which hold both.
    const words = [...new Set(corpus.flatMap((p) => p.text.split(/[^A-Za-z]+/u)))].filter((w) => w.length > 3);
    const byTerm = new Map<string, string>();
    for (const w of words) {
      const t = planner.plan(w).terms[0];
      if (t !== undefined && !t.everyday) byTerm.set(t.term, w);
    }
    const top = [...byTerm].sort((a, b) => index.documentFrequency(b[0]) - index.documentFrequency(a[0])).slice(0, 3);
    const question = top.map(([, w]) => w).join(' ');
    const searched = planner.plan(question).terms.filter((t) => t.term !== top[0]?.[0]);
    expect(index.search(searched).found).toBeGreaterThan(EVIDENCE_WINDOW + 3);
    const wide = answer(planner.plan(question), index, byId, { limit: 3, offset: 0 });
    expect(wide.totalAtLeast).toBe(true);
    expect(wide.total).toBeGreaterThan(3);
    const narrow = answer(planner.plan('NIS2 ENISA'), index, byId, { limit: 3, offset: 0 });
    expect(narrow.totalAtLeast).toBeUndefined();
  });
});
