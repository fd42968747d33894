import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/build.ts';
import { cacheFilesFor } from '../../src/store/cache-files.ts';
import { KnowledgeError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { RACY_MS } from '../../src/knowledge/files.ts';
import { loadCorpus } from '../../src/store/corpus-cache.ts';
import { copyOfKnowledge, tempDir } from '../support/engine.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the shipped knowledge whose files all look a day old (not racy), and an empty cache folder. */
async function setUp(): Promise<{ knowledge: string; cache: string }> {
  const knowledge = await copyOfKnowledge();
  const cache = await tempDir('policy-bot-cache-');
  made.push(knowledge, cache);
  const dayAgo = (Date.now() - 86_400_000) / 1000;
  for (const f of await readdir(knowledge)) await utimes(join(knowledge, f), dayAgo, dayAgo);
  return { knowledge, cache };
}

describe('the corpus in the cache', () => {
  it('is taken from the cache while no file changed size or time: a warm start reads no knowledge file', async () => {
    const { knowledge, cache } = await setUp();
    const first = await buildKnowledgeBase({ knowledgeDir: knowledge, cacheDir: cache, logger: silentLogger() });
    const eu = join(knowledge, 'eu.md');
    const before = await stat(eu);
    // Same size, same time, other bytes: only a read would see it, and a warm start must not read.
    const text = await readFile(eu, 'utf8');
    await writeFile(eu, text.replace('great importance', 'GREAT importance'));
    await utimes(eu, before.atime, before.mtime);
    const warm = await buildKnowledgeBase({ knowledgeDir: knowledge, cacheDir: cache, logger: silentLogger() });
    expect(warm.origin).toEqual({ from: 'cache' });
    expect(warm.corpus).toEqual(first.corpus);
    // A new modification time: the folder is loaded again, and what changed is served.
    const later = new Date(before.mtimeMs + 60_000);
    await utimes(eu, later, later);
    const changed = await buildKnowledgeBase({ knowledgeDir: knowledge, cacheDir: cache, logger: silentLogger() });
    expect(changed.built).toEqual(['passages', 'index', 'facts']);
    expect(changed.passageById.get('eu-resilience-capacity-building#1')?.text).toContain('GREAT importance');
  });

  it('is loaded from the folder when a byte of its cached text is damaged: text decoded while it was read is dropped', async () => {
    const { knowledge, cache } = await setUp();
    const logger = silentLogger();
    const file = cacheFilesFor(cache, knowledge).corpus;
    const loaded = await loadCorpus(knowledge, { file, useCache: true, logger });
    expect((await loadCorpus(knowledge, { file, useCache: true, logger })).cached).toBe(true);
    const bytes = await readFile(file);
    // The text is the last section: its last byte is the last paragraph's.
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    await writeFile(file, bytes);
    const again = await loadCorpus(knowledge, { file, useCache: true, logger });
    expect(again.cached).toBe(false);
    expect(again.corpus).toEqual(loaded.corpus);
  });

  it('is loaded again when a file is added or removed', async () => {
    const { knowledge, cache } = await setUp();
    const logger = silentLogger();
    await loadCorpus(knowledge, { file: cacheFilesFor(cache, knowledge).corpus, useCache: true, logger });
    await rm(join(knowledge, 'japan.md'));
    const { corpus, cached } = await loadCorpus(knowledge, { file: cacheFilesFor(cache, knowledge).corpus, useCache: true, logger });
    expect(cached).toBe(false);
    expect(corpus.documents.map((d) => d.file)).toEqual(['eu.md', 'us.md']);
  });

  it('is not cached when a file changed too recently to trust its time stamp', async () => {
    const { knowledge, cache } = await setUp();
    const file = cacheFilesFor(cache, knowledge).corpus;
    const eu = await stat(join(knowledge, 'eu.md'));
    await loadCorpus(knowledge, { file, useCache: true, logger: silentLogger(), now: eu.mtimeMs + RACY_MS - 1 });
    expect((await loadCorpus(knowledge, { file, useCache: true, logger: silentLogger() })).cached).toBe(false);
    expect((await loadCorpus(knowledge, { file, useCache: true, logger: silentLogger() })).cached).toBe(true);
  });

  it('still refuses a file over the size cap when the corpus is cached', async () => {
    const { knowledge, cache } = await setUp();
    const file = cacheFilesFor(cache, knowledge).corpus;
    await loadCorpus(knowledge, { file, useCache: true, logger: silentLogger() });
    await expect(loadCorpus(knowledge, { file, useCache: true, logger: silentLogger(), maxDocumentBytes: 100 })).rejects.toThrow(KnowledgeError);
  });
});
