/**
 * The cache's file of each document's facts before they are put together
 * (document-fact-pack.ts): written with the facts by a whole build
 * (build.ts) and by an update of the cache (cache-update.ts), read by the
 * next update of the cache only.
 */
import type { DocumentFacts } from '../facts/extract.ts';
import type { Logger } from '../log.ts';
import type { Passage } from '../passages/chunk.ts';
import { readCacheSync, writeCache } from './cache.ts';
import { packDocumentFacts, unpackDocumentFacts } from './document-fact-pack.ts';
import { CacheFormatError } from '../errors.ts';

/** Writes `documents`' facts (extracted from `passages`) to `file` under `key`; a write that fails is a warning (the next update extracts them all). */
export async function writeDocumentFacts(
  file: string,
  key: string,
  documents: readonly DocumentFacts[],
  passages: readonly Passage[],
  logger: Logger,
): Promise<boolean> {
  try {
    await writeCache(file, 'document-facts', key, packDocumentFacts(documents, new Map(passages.map((p) => [p.id, p]))));
    return true;
  } catch (error) {
    logger.warn({ cache: file, err: error }, 'could not write the cache');
    return false;
  }
}

/**
 * The facts in `file` for `key` of the documents `keep` keeps, over passages
 * that hold theirs; or why there are none (missing, stale, corrupt).
 */
export function readDocumentFacts(
  file: string,
  key: string,
  passageById: ReadonlyMap<string, Passage>,
  keep: (docId: string) => boolean,
): DocumentFacts[] | string {
  const read = readCacheSync(file, 'document-facts', key);
  if (read.status !== 'fresh') return `document facts: cache ${read.status}: ${read.reason}`;
  try {
    return unpackDocumentFacts(read.value, passageById, keep);
  } catch (error) {
    if (error instanceof CacheFormatError) return `document facts: ${error.message}`;
    throw error;
  }
}
