/**
 * The cache brought up to an update in place, in the build process after it
 * has handed the changes over (build-main.ts): the served corpus, passages
 * and index are read from the cache, the same changes applied to them as the
 * serving process applied (the documents that go out, the new passages in:
 * search/update.ts, and the passages in the same order: passage-order.ts),
 * and each part written under the new corpus's key. Nothing is rebuilt: the
 * facts of the changed documents are extracted, and the corpus's put
 * together again from each document's, which the cache keeps
 * (document-facts.ts; facts merge across documents). When the cache is not the served
 * knowledge base's (another build wrote it, or none did), it says why, and
 * the caller writes it whole.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BuildOptions } from '../build.ts';
import { CacheFormatError } from '../errors.ts';
import { combineFacts, type DocumentFacts, extractDocumentFacts } from '../facts/extract.ts';
import { FactLexicon } from '../facts/lexicon.ts';
import type { Corpus } from '../knowledge/corpus.ts';
import { listKnowledgeFiles, RACY_MS } from '../knowledge/files.ts';
import { fingerprintOf } from '../knowledge/load.ts';
import { readKnowledgeText } from '../knowledge/read-text.ts';
import type { Passage } from '../passages/chunk.ts';
import { SearchIndex } from '../search/index.ts';
import { actorNames } from './adopt.ts';
import { corpusAfter, type PackedChanges } from './build-changes.ts';
import { type CachePart, readCacheSync, writeCache } from './cache.ts';
import { cacheFilesFor } from './cache-files.ts';
import type { ServedManifest } from './changes.ts';
import { packCorpus } from './corpus-pack.ts';
import { cachedCorpus, corpusCacheKey, readCorpusCache } from './corpus-cache.ts';
import { packFacts } from './fact-pack.ts';
import { indexSchema, passagesSchema } from './part-schemas.ts';
import { passagesInOrder } from './passage-order.ts';
import { packPassages, unpackPassages } from './passage-pack.ts';
import { documentFactsKey, partKeys, STAGE_VERSIONS } from './versions.ts';
import { readDocumentFacts, writeDocumentFacts } from './document-facts.ts';

/** What became of the cache: the parts written for the updated corpus, or why it must be written whole. */
export type CacheUpdate = { readonly written: readonly CachePart[] } | { readonly whole: string };

/** Reads the fresh `part` of `file` for `key` and checks its shape; throws a CacheFormatError saying why there is none. */
function readPart<T>(
  file: string,
  part: 'passages' | 'index',
  key: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): T {
  const read = readCacheSync(file, part, key);
  if (read.status !== 'fresh') throw new CacheFormatError(`${part}: cache ${read.status}: ${read.reason}`);
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) throw new CacheFormatError(`${part}: cache corrupt: unexpected content`);
  return parsed.data;
}

/**
 * Writes the cache of `options`' folder for the corpus `changes` lead to
 * from the knowledge base `served` describes, from that knowledge base's
 * cache. Resolves with the parts written, or why the cache must be written
 * whole instead (it is not the served knowledge base's).
 */
export async function updateCache(options: BuildOptions, served: ServedManifest, changes: PackedChanges): Promise<CacheUpdate> {
  if (options.cacheDir === false) return { written: [] };
  const files = cacheFilesFor(options.cacheDir, options.knowledgeDir);
  const versions = options.versions ?? STAGE_VERSIONS;
  const before = partKeys(served.hash, versions);
  const after = partKeys(changes.corpus.hash, versions);
  let old: { corpus: Corpus; passages: Passage[]; index: SearchIndex };
  const reading = performance.now();
  try {
    old = readServed(files, served, before);
    options.logger.debug({ ms: Math.round(performance.now() - reading) }, 'cache: the served knowledge base read');
  } catch (error) {
    if (error instanceof CacheFormatError) return { whole: error.message };
    throw error;
  }
  const corpus = corpusAfter(old.corpus, changes.corpus);
  const goneDocs = new Set(changes.removedDocIds);
  const removed: Passage[] = [];
  const kept: Passage[] = [];
  for (const p of old.passages) (goneDocs.has(p.docId) ? removed : kept).push(p);
  const passages = passagesInOrder(kept, changes.passages, corpus.documents);
  const drift = served.drift + removed.length + changes.passages.length;
  const written: CachePart[] = [];
  let since = performance.now();
  const lap = (): number => {
    const ms = Math.round(performance.now() - since);
    since = performance.now();
    return ms;
  };
  const write = async (part: CachePart, file: string, key: string, value: unknown): Promise<void> => {
    try {
      const made = lap();
      await writeCache(file, part, key, value);
      options.logger.debug({ part, ms: made, writeMs: lap() }, 'cache: a part updated in place');
      written.push(part);
    } catch (error) {
      // As a whole build's write: a read-only cache folder costs a build next start, nothing more.
      options.logger.warn({ cache: file, err: error }, 'could not write the cache');
    }
  };
  await write('passages', files.passages, after.passages, packPassages(passages, corpus.documents));
  await write('index', files.index, after.index, old.index.update(removed, changes.passages).toPacked(passages, drift));
  const lexicon = new FactLexicon(corpus);
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const keptFacts = readDocumentFacts(files['document-facts'], documentFactsKey(before), passageById, (id) => !goneDocs.has(id));
  if (typeof keptFacts === 'string') options.logger.info({ reason: keptFacts }, 'cache: extracting every document’s facts');
  // The kept documents' facts as extracted before, the changed documents' extracted now, in the corpus's order.
  const documentFacts =
    typeof keptFacts === 'string'
      ? extractDocumentFacts(passages, lexicon)
      : inDocumentOrder([...keptFacts, ...extractDocumentFacts(changes.passages, lexicon)], corpus);
  await write('facts', files.facts, after.facts, packFacts(combineFacts(documentFacts, lexicon), passages));
  lap();
  if (await writeDocumentFacts(files['document-facts'], documentFactsKey(after), documentFacts, passages, options.logger)) written.push('document-facts');
  const corpusKey = await settledCorpusKey(options.knowledgeDir, changes.corpus);
  if (corpusKey !== undefined) await write('corpus', files.corpus, corpusKey, packCorpus(corpus));
  return { written };
}

/** The served knowledge base's corpus, passages and index, from the cache; throws a CacheFormatError when the cache does not hold them. */
function readServed(
  files: Readonly<Record<CachePart, string>>,
  served: ServedManifest,
  keys: { readonly passages: string; readonly index: string },
): { corpus: Corpus; passages: Passage[]; index: SearchIndex } {
  // The corpus part is keyed by file sizes and times, which the build process does not know of the served folder: its
  // hash, over every file's fingerprint, says whether it is the served one.
  const read = readCorpusCache(files.corpus, null);
  if (read.status !== 'fresh') throw new CacheFormatError(`corpus: cache ${read.status}: ${read.reason}`);
  const corpus = cachedCorpus(read.value);
  if (corpus.hash !== served.hash) throw new CacheFormatError('corpus: the cache holds another corpus than the one served');
  const packedIndex = readPart(files.index, 'index', keys.index, indexSchema);
  if ((packedIndex.drift ?? 0) !== served.drift)
    throw new CacheFormatError(`index: the cache's has ${packedIndex.drift ?? 0} passages updated in place, the served ${served.drift}`);
  const passages = unpackPassages(readPart(files.passages, 'passages', keys.passages, passagesSchema), corpus.documents, actorNames(corpus));
  return { corpus, passages, index: SearchIndex.fromPacked(packedIndex, passages) };
}

/**
 * The corpus cache's key for `loaded`, the corpus as the build process loaded
 * it, when the folder still holds exactly those files and each is settled
 * (not written within RACY_MS, so its size and time identify its bytes);
 * undefined otherwise (the next start reads the folder). A file whose size
 * and time the load did not trust (written just before it) is read again
 * and its fingerprint compared.
 */
async function settledCorpusKey(dir: string, loaded: Pick<Corpus, 'fingerprints' | 'fileStats'>): Promise<string | undefined> {
  const fingerprints = loaded.fingerprints ?? {};
  const root = resolve(dir);
  const listed = await listKnowledgeFiles(root);
  if (listed.length !== Object.keys(fingerprints).length || listed.some((f) => fingerprints[f.rel] === undefined)) return undefined;
  const stats = await Promise.all(listed.map(async (f) => ({ ...f, ...(await stat(f.path)) })));
  const now = Date.now();
  for (const s of stats) {
    if (now - s.mtimeMs < RACY_MS) return undefined;
    const trusted = loaded.fileStats?.[s.rel];
    if (trusted !== undefined && trusted[0] === s.size && trusted[1] === s.mtimeMs) continue;
    if (fingerprintOf(await readKnowledgeText(s.path, s.rel)) !== fingerprints[s.rel]) return undefined;
  }
  return corpusCacheKey(root, stats);
}

/** `documents` in the order of `corpus`'s documents, as a whole extraction gives them. */
function inDocumentOrder(documents: readonly DocumentFacts[], corpus: Corpus): DocumentFacts[] {
  const rank = new Map(corpus.documents.map((d, i) => [d.id, i]));
  return [...documents].sort((a, b) => (rank.get(a.docId) ?? -1) - (rank.get(b.docId) ?? -1));
}
