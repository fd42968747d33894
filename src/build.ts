/**
 * Building what the engine serves from a knowledge folder: load and validate
 * the corpus, then each part (passages, index, facts) from the store when
 * its file is fresh for exactly these files and stage versions
 * (store/versions.ts), built and written back when not. Only the parts
 * whose key changed are rebuilt: a new fact rule re-extracts the facts and
 * leaves the index alone.
 */
import type { z } from 'zod';
import { CacheFormatError } from './errors.ts';
import { combineFacts, extractDocumentFacts } from './facts/extract.ts';
import { FactLexicon } from './facts/lexicon.ts';
import type { Corpus } from './knowledge/corpus.ts';
import type { BuildResult } from './store/build-process.ts';
import type { ServedManifest } from './store/changes.ts';
import type { Logger } from './log.ts';
import { SearchIndex } from './search/index.ts';
import { actorNames, adopt, type KnowledgeBase } from './store/adopt.ts';
import { readCacheSync, removeStaleTemps, writeCache } from './store/cache.ts';
import { loadCorpus } from './store/corpus-cache.ts';
import { cacheFilesFor } from './store/cache-files.ts';
import { packFacts } from './store/fact-pack.ts';
import type { FactsSource, PackedKnowledge } from './store/packed.ts';
import { type PackedPassages, packPassages, unpackPassages } from './store/passage-pack.ts';
import { documentFactsKey, type Part, partKeys, STAGE_VERSIONS, type StageVersions } from './store/versions.ts';
import { writeDocumentFacts } from './store/document-facts.ts';
import { indexSchema, passagesSchema } from './store/part-schemas.ts';
import { chunkDocuments, type Passage } from './passages/chunk.ts';

export type { KnowledgeBase } from './store/adopt.ts';

/** Where to build from. */
export interface BuildOptions {
  readonly knowledgeDir: string;
  /** Folder for the store's cache files; `false` neither reads nor writes them. */
  readonly cacheDir: string | false;
  readonly logger: Logger;
  /** The largest knowledge file loaded, in bytes (config.maxDocumentBytes); unbounded when absent. */
  readonly maxDocumentBytes?: number;
  /** The nice value a build in a child process runs at (config.buildNice); 19, the lowest priority, when absent. */
  readonly nice?: number;
  /** The stage versions the cache is keyed by (tests change one to see its part rebuilt). */
  readonly versions?: StageVersions;
}

/** The corpus of `options`' knowledge folder, through the corpus cache unless `useCache` is false. Throws a KnowledgeError for an invalid corpus. */
export async function loadCorpusOf(options: BuildOptions, useCache = true): Promise<Corpus> {
  const file = options.cacheDir === false ? undefined : cacheFilesFor(options.cacheDir, options.knowledgeDir).corpus;
  return (await loadCorpus(options.knowledgeDir, { file, useCache, maxDocumentBytes: options.maxDocumentBytes, logger: options.logger })).corpus;
}

/**
 * Builds `options`' knowledge folder in packed form, each part from the
 * cache when it is fresh (unless `useCache` is false), built and written
 * back when not. Throws a KnowledgeError for an invalid corpus.
 */
export async function buildPacked(options: BuildOptions, useCache = true, loaded?: Corpus): Promise<PackedKnowledge> {
  const { logger } = options;
  const files = options.cacheDir === false ? undefined : cacheFilesFor(options.cacheDir, options.knowledgeDir);
  if (options.cacheDir !== false) {
    const removed = removeStaleTemps(options.cacheDir);
    if (removed.length > 0) logger.info({ cache: options.cacheDir, removed }, 'removed temporary files of an interrupted cache write');
  }
  const corpus = loaded ?? (await loadCorpusOf(options, useCache));
  const keys = partKeys(corpus.hash, options.versions ?? STAGE_VERSIONS);
  const reasons: string[] = [];
  const built: Part[] = [];
  const read = <T>(part: Part, schema: z.ZodType<T>): T | undefined => {
    if (files === undefined) return void reasons.push(`${part}: cache disabled`);
    if (!useCache) return void reasons.push(`${part}: cache did not fit the corpus`);
    const got = readCacheSync(files[part], part, keys[part]);
    if (got.status === 'fresh') {
      const parsed = schema.safeParse(got.value);
      if (parsed.success) return parsed.data;
      reasons.push(`${part}: cache corrupt: unexpected content (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return undefined;
    }
    if (got.status === 'unreadable') logger.warn({ cache: files[part], reason: got.reason }, 'cannot read the cache; building instead');
    reasons.push(`${part}: cache ${got.status}: ${got.reason}`);
    return undefined;
  };
  const write = async (part: Part, value: unknown): Promise<void> => {
    built.push(part);
    if (files === undefined) return;
    try {
      await writeCache(files[part], part, keys[part], value);
    } catch (error) {
      // A read-only or misplaced cache folder costs a rebuild next start, nothing more: say so and serve.
      logger.warn({ cache: files[part], err: error }, 'could not write the cache');
    }
  };

  let unpacked: Passage[] | undefined;
  const names = actorNames(corpus);
  let passages: PackedPassages | undefined = read('passages', passagesSchema);
  if (passages === undefined) {
    unpacked = chunkDocuments(corpus.documents, names);
    passages = packPassages(unpacked, corpus.documents);
    await write('passages', passages);
  }
  const passagesOnce = (p: PackedPassages): Passage[] => (unpacked ??= unpackPassages(p, corpus.documents, names));
  let index = read('index', indexSchema);
  if (index === undefined) {
    const list = passagesOnce(passages);
    index = SearchIndex.build(list).toPacked(list);
    await write('index', index);
  }
  let facts: FactsSource;
  // The facts are read only when asked for: a fresh header is enough here.
  const factsFresh = files !== undefined && useCache && readCacheSync(files.facts, 'facts', keys.facts, true).status === 'fresh';
  if (factsFresh && files !== undefined) {
    facts = { kind: 'file', file: files.facts, key: keys.facts };
  } else {
    if (files !== undefined && useCache) reasons.push('facts: cache missing or stale');
    const list = passagesOnce(passages);
    const lexicon = new FactLexicon(corpus);
    const documentFacts = extractDocumentFacts(list, lexicon);
    const packed = packFacts(combineFacts(documentFacts, lexicon), list);
    await write('facts', packed);
    // Kept for an update in place, which extracts the changed documents' facts only (store/cache-update.ts).
    if (files !== undefined) await writeDocumentFacts(files['document-facts'], documentFactsKey(keys), documentFacts, list, logger);
    facts = { kind: 'packed', facts: packed };
  }
  const origin = built.length === 0 ? ({ from: 'cache' } as const) : ({ from: 'build', reason: reasons.join('; ') } as const);
  if (built.length > 0 && files !== undefined)
    logger.info({ cache: options.cacheDir, built, reason: origin.from === 'build' ? origin.reason : '' }, 'built the knowledge base');
  return { corpus, passages, index, facts, origin, built };
}

/**
 * Builds `options`' knowledge base in packed form and adopts it: a cached
 * part that does not fit the corpus (a CacheFormatError) is rebuilt once
 * from the folder. Throws a KnowledgeError for an invalid corpus.
 */
export async function loadKnowledgeBase(options: BuildOptions, loaded?: Corpus): Promise<{ packed: PackedKnowledge; kb: KnowledgeBase }> {
  const packed = await buildPacked(options, true, loaded);
  try {
    return { packed, kb: adopt(packed, options.logger) };
  } catch (error) {
    if (!(error instanceof CacheFormatError)) throw error;
    options.logger.info({ reason: error.message }, 'the cache does not fit the corpus; rebuilding');
    const rebuilt = await buildPacked(options, false, loaded);
    return { packed: rebuilt, kb: adopt(rebuilt, options.logger) };
  }
}

/** Builds a knowledge base, through the cache when it is fresh. Throws a KnowledgeError for an invalid corpus. */
export async function buildKnowledgeBase(options: BuildOptions): Promise<KnowledgeBase> {
  return (await loadKnowledgeBase(options)).kb;
}

/**
 * Builds `options`' knowledge base in this thread, as the build process
 * does (build-main.ts): only the changes to what is `served`, when only
 * documents changed; otherwise whole, in packed form (checked to fit). For
 * tests and tools.
 */
export async function buildInThisThread(options: BuildOptions): Promise<PackedKnowledge>;
export async function buildInThisThread(options: BuildOptions, built?: () => void, served?: ServedManifest): Promise<BuildResult>;
export async function buildInThisThread(options: BuildOptions, _built?: () => void, served?: ServedManifest): Promise<BuildResult> {
  if (served !== undefined) {
    // Imported here: it loads the knowledge parsers, which a start from the cache does without.
    const { loadChanges } = await import('./store/build-changes.ts');
    const update = await loadChanges(options, served);
    if ('changes' in update) return update;
  }
  return (await loadKnowledgeBase(options)).packed;
}
