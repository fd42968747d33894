/**
 * A passage's heading path is searchable, as a second field that weighs
 * less than its text (fields.ts). What holds for the text holds with
 * headings too: a capped index scores the judged hits as an uncapped one,
 * deferred terms score as searched ones, and the cache round trip changes
 * nothing. (scoring.test.ts holds both fields' scores equal to MiniSearch's.)
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/passages/chunk.ts';
import { capPostings, termOfToken, TOKEN_SEPARATOR } from '../../src/search/capping.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { MAX_HEADING_POSTINGS } from '../../src/search/limits.ts';
import { processWord } from '../../src/text/terms.ts';
import { syntheticPassages } from '../support/synthetic.ts';
import { term } from '../support/query-term.ts';

/**
 * 600 synthetic passages in sections of 20, each section under a heading
 * path: "Cyber security" (common words of the text) over a section name
 * that only headings hold for even sections ("Quorvex"), and a rarer word of
 * the section's first passage for odd ones. Every fifth section has none.
 */
const corpus: Passage[] = syntheticPassages(600, 11).map((p, i, all) => {
  const section = Math.floor(i / 20);
  if (section % 5 === 4) return p;
  const rare = (all[section * 20]?.text ?? '').split(/[^a-z]+/u).find((w) => w.length > 8) ?? 'resilience';
  return { ...p, headings: ['Cyber security', section % 2 === 0 ? `Quorvex ${section}` : rare] };
});
const under = (word: string): string[] => corpus.filter((p) => p.headings?.some((h) => h.includes(word))).map((p) => p.id);

describe('the heading path as a field', () => {
  it('finds the passages under a heading by a word only headings hold, and matches it there', () => {
    const index = SearchIndex.build(corpus);
    expect(index.documentFrequency('quorvex')).toBe(0);
    const { hits } = index.search([term('quorvex')]);
    expect(hits.map((h) => h.id).sort()).toEqual(under('Quorvex').sort());
    expect(hits.length).toBeGreaterThan(100);
    for (const h of hits) expect(h.matchedTerms).toEqual(['quorvex']);
  });

  it('scores a word in text and heading above the same word in text alone, all else equal', () => {
    const base = corpus[0] as Passage;
    const word = base.text.split(/[^a-z]+/u).find((w) => w.length > 6 && processWord(w) !== undefined) ?? '';
    const twin = (id: string, headings?: readonly string[]): Passage => ({ ...base, id, ...(headings === undefined ? {} : { headings }) });
    const index = SearchIndex.build([twin('plain#1'), twin('headed#1', [`Zarquon ${word}`]), ...corpus.slice(1, 200)]);
    expect(index.search([term('zarquon')]).hits.map((h) => h.id)).toEqual(['headed#1']);
    const hits = index.search([term(processWord(word) ?? '')]).hits.map((h) => h.id);
    expect(hits.indexOf('headed#1')).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf('headed#1')).toBeLessThan(hits.indexOf('plain#1'));
  });

  it('gives the judged hits of a capped index the scores of an uncapped one, headings included', () => {
    const exact = SearchIndex.build(corpus, Infinity);
    // Capped hard: "cyber", in every heading and in over a hundred texts, keeps 5 of its text postings (its headings' stay
    // whole), so a passage found matches it in its headings first and has its text's share completed after.
    const capped = SearchIndex.build(corpus, 5);
    const capping = capPostings(corpus, 5);
    expect(capping.common.isCapped('cyber')).toBe(true);
    const keptInText = new Set(capping.tokenStrings.flatMap((s, i) => (s.split(TOKEN_SEPARATOR).some((t) => termOfToken(t) === 'cyber') ? [i] : [])));
    expect(keptInText.size).toBe(5);
    // Rare words of passages under a heading whose text holds "cyber" beyond the 5 kept.
    const beyond = corpus.filter((p, i) => p.headings !== undefined && capping.common.frequency('cyber', i) > 0 && !keptInText.has(i));
    const rare = [...new Set(beyond.flatMap((p) => p.text.split(/[^a-z]+/u)))]
      .map((w) => processWord(w) ?? '')
      .filter((t) => exact.documentFrequency(t) >= 2 && exact.documentFrequency(t) <= 4)
      .slice(0, 6);
    expect(rare).toHaveLength(6);
    let completed = 0;
    for (const r of rare) {
      const terms = [term('cyber'), term(r)];
      const want = exact.search(terms).hits.slice(0, 10);
      const got = capped.search(terms, {}, { limit: 10 }).hits;
      for (const w of want.filter((h) => h.queryTerms.length === terms.length)) {
        const g = got.find((h) => h.id === w.id);
        expect(g?.score).toBeCloseTo(w.score, 6);
        expect(new Set(g?.matchedTerms)).toEqual(new Set(w.matchedTerms));
        if (beyond.some((p) => p.id === w.id)) completed++;
      }
    }
    // Hits whose text's "cyber" was beyond the cap were compared: the case this test is for.
    expect(completed).toBeGreaterThan(0);
  });

  it('scores deferred terms in both fields as a full search does', () => {
    const index = SearchIndex.build(corpus);
    const deferred = ['cyber', 'secur'].filter((t) => index.canComplete(t)).map((t) => term(t, { weight: 0.7 }));
    expect(deferred).toHaveLength(2);
    const searched = [term('quorvex')];
    const full = index.search([...searched, ...deferred]).hits.filter((h) => h.queryTerms.includes('quorvex'));
    const got = index.search(searched, {}, { deferred }).hits;
    expect(got.map((h) => h.id).sort()).toEqual(full.map((h) => h.id).sort());
    expect(got.length).toBeGreaterThan(100);
    for (const want of full) {
      const hit = got.find((h) => h.id === want.id);
      expect(hit?.score).toBeCloseTo(want.score, 9);
      expect(new Set(hit?.queryTerms)).toEqual(new Set(want.queryTerms));
    }
  });

  it('survives the cache round trip, and refuses a packed index of other fields', () => {
    const built = SearchIndex.build(corpus, 50);
    const packed = built.toPacked(corpus);
    const loaded = SearchIndex.fromPacked(packed, corpus);
    const terms = [term('quorvex'), term('cyber'), term('strategi', { prefix: true, fuzzy: 0.2 })];
    expect(loaded.search(terms)).toEqual(built.search(terms));
    expect(() => SearchIndex.fromPacked({ ...packed, fields: ['text'] }, corpus)).toThrow(/fields text, not text, headings/u);
  });

  it('leaves out of the headings a word that heads more passages than the bound, so no heading term reads more postings', () => {
    const many = syntheticPassages(MAX_HEADING_POSTINGS + 200, 3).map((p, i) => ({
      ...p,
      headings: ['Quorvex', i < MAX_HEADING_POSTINGS ? 'Zibble' : 'Frobnitz'],
    }));
    const index = SearchIndex.build(many);
    // Under every passage: not indexed in the headings, so found nowhere (no text holds it).
    expect(index.search([term('quorvex')]).found).toBe(0);
    // Under exactly the bound: indexed, and reading it reads that many postings.
    const before = index.work.postings;
    expect(index.search([term('zibbl')]).found).toBe(MAX_HEADING_POSTINGS);
    expect(index.work.postings - before).toBe(MAX_HEADING_POSTINGS);
    expect(index.search([term('frobnitz')]).found).toBe(200);
  });
});
