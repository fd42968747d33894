/**
 * The reranking of the best hits by what their text holds (answer.ts): focus
 * (focus.ts, the share of the matched evidence one sentence holds) and
 * adjacency (adjacency.ts, the question's adjacent words held side by side).
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { adjacentPairs } from '../../src/search/adjacency.ts';
import { focusShare } from '../../src/search/focus.ts';
import { answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';

const engineOver = (docs: KnowledgeDocument[]) => answeringOver([...docs, ...fillerDocuments()]);
const doc = atlantisDocument;

describe('focus', () => {
  const [passage] = chunkDocuments(
    [doc('two', 'Quantum research is funded by the ministry. The agency studies cryptography.')],
    new Map([['atlantis', 'Atlantis']]),
  );
  const termOf = (t: string) => (['quantum', 'cryptographi', 'ministri'].includes(t) ? t : undefined);
  const weigh = (terms: ReadonlySet<string>) => (terms.has('quantum') ? 3 : 0) + (terms.has('cryptographi') ? 2 : 0) + (terms.has('ministri') ? 1 : 0);

  it('is the share of the matched weight its best sentence holds', () => {
    if (passage === undefined) throw new Error('no passage');
    // Sentence 1 holds quantum and ministry (4 of 6), sentence 2 cryptography (2 of 6).
    expect(focusShare(passage, termOf, weigh, 1)).toBeCloseTo(4 / 6, 9);
    // Both sentences together hold everything.
    expect(focusShare(passage, termOf, weigh, 2)).toBe(1);
    // Nothing matched: no ranking down.
    expect(focusShare(passage, () => undefined, weigh, 1)).toBe(1);
  });

  it('ranks the passage saying it in one sentence over one that has the words in separate sentences', () => {
    const { ask } = engineOver([
      // Shorter, so BM25 puts it first: its words are in three sentences.
      doc('apart', 'Quantum labs get grants. Cryptography too. Quantum again.'),
      doc('together', 'The agency gives grants for quantum cryptography research in universities across the whole country every spring.'),
    ]);
    expect(ask('quantum cryptography grants').results[0]?.passage.docId).toBe('together');
  });
});

describe('adjacency', () => {
  it('pairs the question words that stand next to each other, stop words between allowed, each weighing as the rarer', () => {
    const weights = new Map([
      ['critic', 2],
      ['inform', 1],
      ['infrastructur', 3],
    ]);
    expect(adjacentPairs('protection of critical information infrastructure', weights)).toEqual([
      { first: 'critic', second: 'inform', weight: 2 },
      { first: 'inform', second: 'infrastructur', weight: 3 },
    ]);
    expect(adjacentPairs('critical and then information', weights)).toEqual([{ first: 'critic', second: 'inform', weight: 2 }]);
  });

  it('ranks the passage holding the question words in order over one with the same words apart', () => {
    const { ask } = engineOver([
      // Shorter, so BM25 puts it first: the same words, not in the question's order.
      doc('apart', 'Protection: infrastructure critical for information.'),
      doc('named', 'The ministry plans ahead and budgets for critical information infrastructure protection measures in every region.'),
    ]);
    const r = ask('critical information infrastructure protection');
    expect(r.results.map((h) => h.passage.docId)).toEqual(['named', 'apart']);
    for (const h of r.results) expect(h.passage.text).toContain(h.excerpt.text);
  });
});
