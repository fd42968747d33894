/**
 * Building what the engine serves from a knowledge folder: load and validate
 * the corpus, chunk it into passages and index them, or take passages and
 * index from the cache when it is fresh for exactly these files.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildFactBase, type FactBase } from './facts/base.ts';
import type { Corpus } from './knowledge/corpus.ts';
import { loadKnowledge } from './knowledge/load.ts';
import type { Logger } from './log.ts';
import { cacheKey, readCache, writeCache } from './search/cache.ts';
import { SearchIndex } from './search/index.ts';
import { packPassages, unpackPassages } from './search/passage-pack.ts';
import { QueryPlanner } from './search/plan.ts';
import { chunkDocuments, type Passage } from './text/chunk.ts';

/** Everything built from one knowledge folder. Immutable: a reload builds another. */
export interface KnowledgeBase {
  readonly corpus: Corpus;
  readonly passages: readonly Passage[];
  readonly passageById: ReadonlyMap<string, Passage>;
  readonly index: SearchIndex;
  readonly planner: QueryPlanner;
  /** Facts extracted from the passages (events, instruments, organisations, themes) and the curated profile entries. */
  readonly facts: FactBase;
  /** How the index was obtained: from a fresh cache, or built (and why). */
  readonly origin: { readonly from: 'cache' } | { readonly from: 'build'; readonly reason: string };
}

/** Where to build from. */
export interface BuildOptions {
  readonly knowledgeDir: string;
  /** Folder for the index cache; `false` neither reads nor writes one. */
  readonly cacheDir: string | false;
  readonly logger: Logger;
}

/** The cache file for a knowledge folder: one per folder, so several corpora can share a cache folder. */
export function cacheFileFor(cacheDir: string, knowledgeDir: string): string {
  return join(cacheDir, `index-${createHash('sha256').update(knowledgeDir).digest('hex').slice(0, 16)}.json`);
}

/** Builds a knowledge base, through the cache when it is fresh. Throws a KnowledgeError for an invalid corpus. */
export async function buildKnowledgeBase(options: BuildOptions): Promise<KnowledgeBase> {
  const corpus = await loadKnowledge(options.knowledgeDir);
  const file = options.cacheDir === false ? undefined : cacheFileFor(options.cacheDir, corpus.dir);
  const key = cacheKey(corpus.hash);
  let reason = 'cache disabled';
  if (file !== undefined) {
    const cached = await readCache(file, key);
    if (cached.status === 'fresh') {
      try {
        const passages = unpackPassages(cached.build.passages, corpus.documents, actorNames(corpus));
        const index = SearchIndex.fromJSON(cached.build.index, passages);
        return assemble(corpus, passages, index, { from: 'cache' });
      } catch (error) {
        reason = `cache unusable: ${error instanceof Error ? error.message : String(error)}`;
      }
    } else {
      reason = `cache ${cached.status}: ${cached.reason}`;
    }
    options.logger.info({ cache: file, reason }, 'building the index');
  }
  const passages = chunkDocuments(corpus.documents, actorNames(corpus));
  const index = SearchIndex.build(passages);
  if (file !== undefined) {
    try {
      await writeCache(file, key, { passages: packPassages(passages, corpus.documents), index: index.toJSON() });
    } catch (error) {
      // A read-only cache folder costs a rebuild next start, nothing more: say so and serve.
      options.logger.warn({ cache: file, err: error }, 'could not write the index cache');
    }
  }
  return assemble(corpus, passages, index, { from: 'build', reason });
}

function actorNames(corpus: Corpus): Map<string, string> {
  return new Map(corpus.actors.map((a) => [a.id, a.name]));
}

function assemble(corpus: Corpus, passages: readonly Passage[], index: SearchIndex, origin: KnowledgeBase['origin']): KnowledgeBase {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  return {
    corpus,
    passages,
    passageById,
    index,
    planner: new QueryPlanner(corpus),
    // Extraction is fast, so facts are not cached: built from the passages whether they came from the cache or not.
    facts: buildFactBase(corpus, passages, passageById),
    origin,
  };
}
