import { describe, expect, it } from 'vitest';
import { packPassages, unpackPassages } from '../../src/store/passage-pack.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { seedEngine } from '../support/engine.ts';

describe('packed passages', () => {
  it('unpack to the very passages that were packed, their text sliced from the corpus', async () => {
    const { kb } = await seedEngine();
    const names = new Map(kb.corpus.actors.map((a) => [a.id, a.name]));
    // A small bound splits paragraphs into several passages: packing must find each in turn.
    const passages = chunkDocuments(kb.corpus.documents, names, 200);
    expect(passages.length).toBeGreaterThan(kb.corpus.documents.length * 3);
    const packed = packPassages(passages, kb.corpus.documents);
    expect(unpackPassages(packed, kb.corpus.documents, names)).toEqual(passages);
  });

  it('refuse records that do not fit the corpus', async () => {
    const { kb } = await seedEngine();
    const names = new Map(kb.corpus.actors.map((a) => [a.id, a.name]));
    const packed = packPassages(kb.passages, kb.corpus.documents);
    expect(() => unpackPassages({ ...packed, count: packed.count + 1 }, kb.corpus.documents, names)).toThrow(/end early/);
    expect(() => unpackPassages(packed, kb.corpus.documents.slice(0, 1), names)).toThrow(/do not fit/);
  });
});
