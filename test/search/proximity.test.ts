/**
 * Proximity (proximity.ts): the smallest window of words holding one of
 * each matched term, the factor it gives, and the order it makes among
 * passages that match the same terms.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { answer } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { groupsOf, PROXIMITY_WEIGHT, proximityFactor, smallestWindow } from '../../src/search/proximity.ts';

const set = (...terms: string[]) => new Set(terms);

describe('the smallest window', () => {
  it('counts the words from the first to the last of the closest occurrences, stop words included', () => {
    expect(smallestWindow('Quantum computing threatens cryptography.', [set('quantum'), set('cryptographi')])).toBe(4);
    // The later, closer pair wins over the first occurrences.
    expect(smallestWindow('Quantum research is funded. Later, quantum cryptography is studied.', [set('quantum'), set('cryptographi')])).toBe(2);
    expect(smallestWindow('Quantum research is funded.', [set('quantum'), set('cryptographi')])).toBeUndefined();
  });

  it('takes any index term of a group (a prefix or typo match stands for its query term)', () => {
    expect(smallestWindow('Secure software and securing networks', [set('secur', 'secure'), set('network')])).toBe(2);
  });

  it('gives 1 + the weight side by side, less when spread, 1 for fewer than two terms', () => {
    expect(proximityFactor('quantum cryptography', [set('quantum'), set('cryptographi')])).toBeCloseTo(1 + PROXIMITY_WEIGHT, 9);
    const spread = proximityFactor('quantum is a field where after some years cryptography', [set('quantum'), set('cryptographi')]);
    expect(spread).toBeGreaterThan(1);
    expect(spread).toBeLessThan(1 + PROXIMITY_WEIGHT / 5);
    expect(proximityFactor('quantum cryptography', [set('quantum')])).toBe(1);
  });

  it('groups index terms by the query term they stand for', () => {
    expect(groupsOf(['secur', 'network'], ['secur', 'security', 'networks', 'netwrok', 'zebra'])).toEqual([
      set('secur', 'security'),
      set('networks', 'netwrok'),
    ]);
  });
});

describe('proximity in answering', () => {
  const actors: Actor[] = [{ id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: [] }];
  const doc = (id: string, text: string) => ({
    id,
    title: 'Atlantis strategy 2021',
    actor: 'atlantis',
    topics: [],
    source: { publisher: 'p', title: 'Atlantis strategy 2021', url: 'https://example.org/', retrieved: '2021-01-01' },
    file: `${id}.md`,
    paragraphs: [text],
  });
  // As many words, each once: only where the two rare terms stand differs (and the other words, so that they are not near-duplicates).
  const scattered = 'Quantum physics laboratories receive grants from universities each spring, while colleges also examine why cryptography matters.';
  const together = 'Physics research gets money from the ministry every year, and the agency also studies how quantum cryptography is taught.';
  const passages = chunkDocuments(
    [
      doc('scattered', scattered),
      doc('together', together),
      ...Array.from({ length: 8 }, (_, i) => doc(`f${i}`, `Filler paragraph ${i} about harbours and ships.`)),
    ],
    new Map([['atlantis', 'Atlantis']]),
  );
  const index = SearchIndex.build(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const planner = new QueryPlanner({ actors, glossary: [] });

  it('ranks the passage with the terms side by side first, its excerpt still verbatim', () => {
    const r = answer(planner.plan('quantum cryptography'), index, byId, { limit: 2, offset: 0 });
    expect(r.results.map((h) => h.passage.docId)).toEqual(['together', 'scattered']);
    for (const h of r.results) expect(h.passage.text).toContain(h.excerpt.text);
  });
});
