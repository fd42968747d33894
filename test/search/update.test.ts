/**
 * An index updated in place (src/search/update.ts) answers as an index built
 * afresh over the same passages: same hits, same scores, for random queries
 * over random changes, whether the index was built or restored from its
 * packed form (whose postings are read-only until an update copies them),
 * and once it is packed for the cache and restored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import type { Passage } from '../../src/passages/chunk.ts';
import { syntheticPassages } from '../support/synthetic.ts';

/** A pool of section headings: every passage sits under one, and every heading heads some passage of the first 60. */
const HEADINGS = ['Governance and coordination', 'Incident response teams', 'Critical infrastructure protection', 'International cooperation'];
const all: Passage[] = syntheticPassages(400, 5).map((p, i) => ({ ...p, headings: ['Strategy', HEADINGS[i % HEADINGS.length] ?? ''] }));
/** What a change takes out or puts in: a group of ten passages (the synthetic documents are fifty passages long, too few to draw from). */
const groupOf = (p: Passage): string => String(Math.floor(all.indexOf(p) / 10));
const docIds = [...new Set(all.map(groupOf))];
const words = [...new Set(all.flatMap((p) => p.text.toLowerCase().split(/[^a-z]+/u)))].filter((w) => w.length > 4 && !/\d/u.test(w));

const term = (t: string, prefix = false): QueryTerm => ({ term: t, weight: 1, fuzzy: false, prefix, source: 'question', everyday: false });

/** The hits of `index` for `terms`, as id and score, in a stable order (ties by id: ordinals differ between the two indexes). */
function answers(index: SearchIndex, terms: readonly QueryTerm[]): { id: string; score: number }[] {
  return index
    .search(terms)
    .hits.map((h) => ({ id: h.id, score: h.score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

function expectSameAnswers(updated: SearchIndex, fresh: SearchIndex, queries: readonly (readonly QueryTerm[])[]): void {
  expect(updated.size).toBe(fresh.size);
  // What the planner and the excerpt read beside the ranking: document frequencies, hence idf.
  expect(words.map((w) => updated.documentFrequency(w))).toEqual(words.map((w) => fresh.documentFrequency(w)));
  for (const terms of queries) {
    const got = answers(updated, terms);
    const want = answers(fresh, terms);
    expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
    got.forEach((h, i) => {
      expect(h.score).toBeCloseTo(want[i]?.score ?? Number.NaN, 9);
    });
  }
}

describe('an index updated in place', () => {
  it('answers as a fresh build over the same passages, built or restored', () => {
    const change = fc.record({
      base: fc.uniqueArray(fc.constantFrom(...docIds), { minLength: 6, maxLength: docIds.length }),
      removedShare: fc.constantFrom(0, 0.2, 0.5),
      added: fc.uniqueArray(fc.constantFrom(...docIds), { maxLength: 6 }),
      restored: fc.boolean(),
      queries: fc.array(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 6 }),
      // Prefixes read the vocabulary (every indexed term, sorted), which an update changes term by term.
      prefixes: fc.uniqueArray(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }),
    });
    fc.assert(
      fc.property(change, ({ base, removedShare, added, restored, queries, prefixes }) => {
        const baseDocs = new Set(base);
        const removedDocs = new Set(base.slice(0, Math.floor(base.length * removedShare)));
        // A document both removed and added is a changed document: its passages go out and (again) in.
        const addedDocs = new Set(added.filter((d) => !baseDocs.has(d) || removedDocs.has(d)));
        const before = all.filter((p) => baseDocs.has(groupOf(p)));
        const removed = before.filter((p) => removedDocs.has(groupOf(p)));
        const put = all.filter((p) => addedDocs.has(groupOf(p)));
        const after = [...before.filter((p) => !removedDocs.has(groupOf(p))), ...put];
        fc.pre(after.length > 0);
        const built = SearchIndex.build(before, Infinity);
        const start = restored ? SearchIndex.fromPacked(built.toPacked(before), before) : built;
        const updated = start.update(removed, put);
        const fresh = SearchIndex.build(after, Infinity);
        const terms = queries.map((q) => q.map((w) => term(w)));
        const queriesToo = [...terms, [term('incident'), term('governance')], [term('coordinat', true)], ...prefixes.map((w) => [term(w.slice(0, 4), true)])];
        expectSameAnswers(updated, fresh, queriesToo);
        // Packed for the cache (renumbered in the order of \`after\`, shuffled here) and restored: still the same answers.
        const order = [...after].reverse();
        expectSameAnswers(SearchIndex.fromPacked(updated.toPacked(order), order), fresh, queriesToo);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('finds a new document at once and never a removed one, with capped common terms', () => {
    const corpus = syntheticPassages(3000, 9);
    const docs = [...new Set(corpus.map((p) => p.docId))];
    const gone = docs[0] ?? '';
    const index = SearchIndex.fromPacked(SearchIndex.build(corpus).toPacked(corpus), corpus);
    const removed = corpus.filter((p) => p.docId === gone);
    expect(removed.length).toBeGreaterThan(0);
    const text = 'The zorbulex accord establishes a national cyber security agency for incident response.';
    const added: Passage[] = [{ ...(corpus[5] as Passage), id: 'new-doc#1', docId: 'new-doc', text, sentenceBounds: [0, text.length] }];
    const updated = index.update(removed, added);
    expect(updated.size).toBe(corpus.length - removed.length + 1);
    // The index it replaced shares its engine: searching it would read new postings with old tables, so it refuses.
    expect(() => index.search([term('zorbulex')])).toThrow(/used after an update replaced it/u);
    expect(updated.search([term('zorbulex')]).hits.map((h) => h.id)).toEqual(['new-doc#1']);
    // A common term ('cyber' is in most passages, capped in MiniSearch): its hits hold no removed passage.
    const common = updated.search([term('cyber'), term('security')]).hits;
    expect(common.length).toBeGreaterThan(100);
    expect(common.some((h) => removed.some((p) => p.id === h.id))).toBe(false);
    for (const p of removed.slice(0, 5)) {
      const own = p.text.split(/[^A-Za-z]+/u).filter((w) => w.length > 6);
      const hits = updated.search(own.slice(0, 3).map((w) => term(w.toLowerCase()))).hits;
      expect(hits.some((h) => h.id === p.id)).toBe(false);
    }
    // Packed for the cache, renumbered (here in reverse order), and restored: the common terms' full postings answer as before.
    const order = [...corpus.filter((p) => p.docId !== gone), ...added].reverse();
    const restored = SearchIndex.fromPacked(updated.toPacked(order), order);
    const scored = (index: SearchIndex) =>
      index
        .search([term('cyber'), term('security'), term('zorbulex')])
        .hits.map((h) => `${h.id} ${h.score.toFixed(9)}`)
        .sort();
    expect(scored(restored)).toEqual(scored(updated));
  });

  it('leaves a heading word the full build left out of the headings out of a new passage too', () => {
    // 'strategy' heads every passage here: over the heading cap in a large corpus, so the full build skips it in headings.
    const corpus = syntheticPassages(3000, 4).map((p) => ({ ...p, headings: ['Strategy'] }));
    const index = SearchIndex.build(corpus);
    expect(index.search([term('strategy')]).hits.length).toBe(0);
    const text = 'Nothing here names the heading word.';
    const added: Passage[] = [{ ...(corpus[0] as Passage), id: 'x#1', docId: 'x', text, sentenceBounds: [0, text.length], headings: ['Strategy'] }];
    expect(index.update([], added).search([term('strategy')]).hits.length).toBe(0);
  });
});
