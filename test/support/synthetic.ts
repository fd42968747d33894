/** Passages of the benchmark's synthetic corpus, chunked in memory (no files): for search tests that need frequent terms. */
import { syntheticDocuments } from '../../fixtures/synthetic/corpus.ts';
import { chunkDocuments, type Passage } from '../../src/passages/chunk.ts';

/** About `count` passages of the synthetic corpus drawn with `seed`, all actors' passages in one corpus. */
export function syntheticPassages(count: number, seed: number): Passage[] {
  const docs = syntheticDocuments(count, seed).map((d) => ({
    id: d.id,
    title: d.id,
    actor: d.actor,
    topics: [],
    source: { publisher: 'p', title: 't', url: 'https://example.org/', retrieved: '2020-01-01' },
    file: `${d.id}.md`,
    paragraphs: d.paragraphs,
  }));
  return chunkDocuments(docs, new Map());
}
