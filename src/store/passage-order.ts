/**
 * The passages of a knowledge base after an update in place, in the order a
 * whole build lists them (its documents' order, each document's passages in
 * turn): the serving process's (apply-changes.ts) and the cache's
 * (cache-update.ts) must agree, passage for passage.
 */
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import type { Passage } from '../passages/chunk.ts';

/** `kept` (served passages, in order, less those that go) and `added` (the new and changed documents', in order), as one list in `documents`' order. */
export function passagesInOrder(kept: readonly Passage[], added: readonly Passage[], documents: readonly Pick<KnowledgeDocument, 'id'>[]): Passage[] {
  const rank = new Map(documents.map((d, i) => [d.id, i]));
  return mergeInOrder(kept, added, (p) => rank.get(p.docId) ?? -1);
}

/** Two lists each in ascending `rank`, as one in ascending rank (`a`'s first among equals). */
function mergeInOrder<T>(a: readonly T[], b: readonly T[], rank: (item: T) => number): T[] {
  const out: T[] = [];
  let j = 0;
  for (const x of a) {
    const r = rank(x);
    for (let y = b[j]; y !== undefined && rank(y) < r; y = b[++j]) out.push(y);
    out.push(x);
  }
  out.push(...b.slice(j));
  return out;
}
