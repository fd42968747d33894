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
import { type CachedBuild, cacheKey, readCache, writeCache } from './search/cache.ts';
import { factsFingerprint, packFacts, unpackFacts } from './search/fact-pack.ts';
import { SearchIndex } from './search/index.ts';
import { packPassages, unpackPassages } from './search/passage-pack.ts';
import { harvestAcronyms } from './search/acronyms.ts';
import { QueryPlanner } from './search/plan.ts';
import { chunkDocuments, type Passage } from './text/chunk.ts';
import type { Facts } from './facts/types.ts';

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
  return join(cacheDir, `index-${createHash('sha256').update(knowledgeDir).digest('hex').slice(0, 16)}.bin`);
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
        const { build } = cached;
        const passages = unpackPassages(build.passages, corpus.documents, actorNames(corpus));
        const index = SearchIndex.fromPacked(build.index, passages);
        const facts = build.facts === null ? undefined : unpackFacts(build.facts, passages);
        return assemble(corpus, passages, index, { from: 'cache' }, facts);
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
  const kb = assemble(corpus, passages, index, { from: 'build', reason });
  if (file !== undefined) {
    try {
      await writeKnowledgeCache(file, kb);
    } catch (error) {
      // A read-only cache folder costs a rebuild next start, nothing more: say so and serve.
      options.logger.warn({ cache: file, err: error }, 'could not write the index cache');
    }
  }
  return kb;
}

/** What a cold start of `kb`'s knowledge folder reads back: passages, index and (when they can be) facts. */
export function cachedBuildOf(kb: KnowledgeBase): CachedBuild {
  return {
    passages: packPassages(kb.passages, kb.corpus.documents),
    index: kb.index.toPacked(kb.passages),
    facts: factsFingerprint() === null ? null : packFacts(kb.facts.facts, kb.passages),
  };
}

/** Writes `kb`'s cache to `file`, under the key a later start of its knowledge folder looks for. */
export async function writeKnowledgeCache(file: string, kb: KnowledgeBase): Promise<void> {
  await writeCache(file, cacheKey(kb.corpus.hash), cachedBuildOf(kb));
}

function actorNames(corpus: Corpus): Map<string, string> {
  return new Map(corpus.actors.map((a) => [a.id, a.name]));
}

function assemble(corpus: Corpus, passages: readonly Passage[], index: SearchIndex, origin: KnowledgeBase['origin'], facts?: Facts): KnowledgeBase {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  return {
    corpus,
    passages,
    passageById,
    index,
    // Acronyms the documents define, harvested from the passages on every build: a pass over the text, no cache needed.
    planner: new QueryPlanner({ ...corpus, acronyms: harvestAcronyms(passages) }),
    // Facts come from the cache with the index when they can (fact-pack.ts); curated entries are checked either way.
    facts: buildFactBase(corpus, passages, passageById, facts),
    origin,
  };
}
