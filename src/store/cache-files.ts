/** Where the store keeps a knowledge folder's cache files. */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { CachePart } from './cache.ts';

/** The cache files of a knowledge folder, one per part: one set per folder, so several corpora can share a cache folder. */
export function cacheFilesFor(cacheDir: string, knowledgeDir: string): Readonly<Record<CachePart, string>> {
  const stem = join(cacheDir, `kb-${createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 16)}`);
  return {
    corpus: `${stem}.corpus.bin`,
    passages: `${stem}.passages.bin`,
    index: `${stem}.index.bin`,
    facts: `${stem}.facts.bin`,
    'document-facts': `${stem}.document-facts.bin`,
  };
}
