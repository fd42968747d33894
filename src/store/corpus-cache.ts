/**
 * The loaded corpus in the cache, keyed by the knowledge files' paths,
 * sizes and modification times: a start where no file changed lists and
 * stats the folder and reads no knowledge file (10,000 small files were
 * read, parsed and hashed at every start, ~8 s). Any change (a file added,
 * removed, resized or touched) loads the whole folder again, which
 * validates it and hashes its bytes: the key of every other part is still
 * that hash of the bytes. A file modified less than {@link RACY_MS} before
 * a load is not trusted to its time stamp, and the corpus is then not
 * cached (a second write within the same tick could keep size and time).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CacheFormatError } from '../errors.ts';
import type { Corpus } from '../knowledge/corpus.ts';
import { listKnowledgeFiles, RACY_MS } from '../knowledge/files.ts';
import { KNOWLEDGE_FORMAT_VERSION } from '../knowledge/version.ts';
import type { Logger } from '../log.ts';
import { type CacheRead, readCacheSync, writeCache } from './cache.ts';
import { CORPUS_PACK_VERSION, corpusOf, DecodedParagraphs, packCorpus, readCorpusText } from './corpus-pack.ts';

/** A corpus cache file's value: the text section read by readCorpusText (corpus-pack.ts). */
const cachedSchema = z.strictObject({ meta: z.string(), lengths: z.instanceof(Uint32Array), text: z.instanceof(DecodedParagraphs) });

/** The corpus cache file's readers: its text is decoded as it is read. */
const CORPUS_READERS = new Map([['text', readCorpusText]]);

/** Reads the corpus cache file `file` for `key` (null: any key), its text decoded as it is read (see readCacheSync). */
export function readCorpusCache(file: string, key: string | null): CacheRead {
  return readCacheSync(file, 'corpus', key, false, CORPUS_READERS);
}

/** Where the corpus is cached, and how loading is bounded. */
export interface CorpusCacheOptions {
  /** The cache file of the corpus part; undefined: no cache. */
  readonly file: string | undefined;
  readonly useCache: boolean;
  readonly maxDocumentBytes?: number | undefined;
  readonly logger: Logger;
  /** The time now (tests pass another). */
  readonly now?: number;
}

/** The corpus of the knowledge folder `dir`, from the cache when no file changed; whether it came from there. Throws a KnowledgeError for an invalid corpus. */
export async function loadCorpus(dir: string, options: CorpusCacheOptions): Promise<{ corpus: Corpus; cached: boolean }> {
  const root = resolve(dir);
  const load = async (): Promise<Corpus> => {
    // Imported only when the folder is read: a start from the cache needs none of the front-matter and YAML parsers.
    const { loadKnowledge } = await import('../knowledge/load.ts');
    return loadKnowledge(root, options.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: options.maxDocumentBytes });
  };
  if (options.file === undefined) return { corpus: await load(), cached: false };
  const files = await listKnowledgeFiles(root);
  const stats = await Promise.all(files.map(async (f) => ({ rel: f.rel, ...(await stat(f.path)) })));
  const max = options.maxDocumentBytes;
  const big = max === undefined ? undefined : stats.find((s) => s.size > max);
  // Over the cap: the loader says so, naming the file and its size.
  if (big !== undefined) return { corpus: await load(), cached: false };
  const key = corpusCacheKey(root, stats);
  if (options.useCache) {
    const read = readCorpusCache(options.file, key);
    if (read.status === 'fresh') {
      try {
        return { corpus: cachedCorpus(read.value), cached: true };
      } catch (error) {
        if (!(error instanceof CacheFormatError)) throw error;
        options.logger.info({ cache: options.file, reason: error.message }, 'the cached corpus does not unpack; loading the folder');
      }
    } else if (read.status === 'unreadable') {
      options.logger.warn({ cache: options.file, reason: read.reason }, 'cannot read the cache; building instead');
    }
  }
  const corpus = await load();
  const racy = stats.some((s) => (options.now ?? Date.now()) - s.mtimeMs < RACY_MS);
  if (!racy) {
    try {
      await writeCache(options.file, 'corpus', key, packCorpus(corpus));
    } catch (error) {
      options.logger.warn({ cache: options.file, err: error }, 'could not write the cache');
    }
  }
  return { corpus, cached: false };
}

/** The corpus cache's key for the knowledge folder `root` whose files have the sizes and times `stats`. */
export function corpusCacheKey(root: string, stats: readonly { readonly rel: string; readonly size: number; readonly mtimeMs: number }[]): string {
  return createHash('sha256')
    .update(JSON.stringify(['corpus', KNOWLEDGE_FORMAT_VERSION, CORPUS_PACK_VERSION, root, stats.map((s) => [s.rel, s.size, s.mtimeMs])]))
    .digest('hex');
}

/** The corpus a fresh corpus cache file holds (its value as {@link readCorpusCache} read it). Throws a CacheFormatError when it is not one. */
export function cachedCorpus(value: unknown): Corpus {
  const packed = cachedSchema.safeParse(value);
  if (!packed.success) throw new CacheFormatError(`not a packed corpus (${packed.error.issues[0]?.message ?? 'invalid'})`);
  return corpusOf(packed.data.meta, packed.data.text.byDocument);
}
