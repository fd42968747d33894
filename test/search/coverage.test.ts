/**
 * Coverage (coverage.ts): of the passages that answer, the one that answers
 * more of the question comes first, and spelling out one acronym's long form
 * does not count as matching five question words.
 */
import { describe, expect, it } from 'vitest';
import { norlandDocument } from '../support/norland.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { answer } from '../../src/search/answer.ts';
import { COVERAGE_EXPONENT } from '../../src/search/coverage.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner } from '../../src/search/plan.ts';

const doc = norlandDocument;
const passages = chunkDocuments(
  [
    doc('reference', 'Ministry of Harbour Pilotage and Lighthouse Keeping (MHPLK). Annual bulletin.'),
    doc('answer', 'The MHPLK drafted this strategy with the coastal council.'),
    // "draft" and the long form's words are common here, as in a real corpus: a passage holding the acronym alone
    // matches the better part of the question's weight.
    ...Array.from({ length: 12 }, (_, i) => doc(`filler${i}`, `A draft note ${i} of the ministry on harbour pilotage and lighthouse keeping.`)),
  ],
  new Map(),
);
const index = SearchIndex.build(passages);
const byId = new Map(passages.map((p) => [p.id, p]));
const planner = new QueryPlanner({ actors: [], glossary: [{ term: 'MHPLK', means: ['Ministry of Harbour Pilotage and Lighthouse Keeping'] }] });
const first = (q: string) => answer(planner.plan(q), index, byId, { limit: 3, offset: 0 }).results.map((r) => r.passage.id.split('#')[0]);

describe('coverage', () => {
  it('ranks the passage that answers the whole question over one that spells out its acronym', () => {
    expect(COVERAGE_EXPONENT).toBeGreaterThan(0);
    // BM25 as MiniSearch scores it puts the reference line first: its six matched terms multiply its score by six.
    const question = 'What did the MHPLK draft?';
    expect(index.search(planner.plan(question).terms).hits[0]?.id.split('#')[0]).toBe('reference');
    expect(first(question).slice(0, 2)).toEqual(['answer', 'reference']);
  });
});
