import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase, cachedBuildOf, cacheFileFor } from '../../src/build.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { cacheKey, readCache, writeCache } from '../../src/store/cache.ts';
import type { PackedFacts } from '../../src/store/fact-pack.ts';
import { copyOfKnowledge, tempDir } from '../support/engine.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function cacheDir(): Promise<string> {
  const d = await tempDir('policy-bot-cache-');
  made.push(d);
  return d;
}
const open = (knowledgeDir: string, dir: string | false) => buildKnowledgeBase({ knowledgeDir, cacheDir: dir, logger: silentLogger() });

describe('the index cache', () => {
  it('is written on first start and used on the next, with the same answers', async () => {
    const dir = await cacheDir();
    const first = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(first.origin).toEqual({ from: 'build', reason: expect.stringMatching(/^cache missing/) });
    const second = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(second.origin).toEqual({ from: 'cache' });
    const q = 'What did Japan introduce at the G7 summit?';
    const a = new Engine(first).ask(q, { top: 5 });
    const b = new Engine(second).ask(q, { top: 5 });
    expect(b.results.map((r) => [r.passage.id, r.score, r.excerpt.text])).toEqual(a.results.map((r) => [r.passage.id, r.score, r.excerpt.text]));
    expect(b.results.length).toBeGreaterThan(0);
  });

  it('is stale when a knowledge file changes, and rebuilt', async () => {
    const dir = await cacheDir();
    const knowledge = await copyOfKnowledge();
    made.push(knowledge);
    await open(knowledge, dir);
    const eu = join(knowledge, 'eu.md');
    await writeFile(eu, (await readFile(eu, 'utf8')).replace('great importance', 'the greatest importance'));
    const again = await open(knowledge, dir);
    expect(again.origin).toEqual({ from: 'build', reason: expect.stringMatching(/^cache stale/) });
    expect(again.passages[0]?.text).toContain('the greatest importance');
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 100), /^cache corrupt: truncated/],
    ['a flipped byte', (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 50), Buffer.from('X'), b.subarray(b.length - 49)]), /^cache corrupt: checksum mismatch/],
    ['garbage', () => Buffer.from('not a cache at all'), /^cache corrupt: no header line/],
    ['a foreign header', (b: Buffer) => Buffer.concat([Buffer.from('{"format":"other"}\n'), b]), /^cache corrupt: the header is not/],
  ])('detects a cache that is %s and rebuilds it', async (_what, damage, reason) => {
    const dir = await cacheDir();
    await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const file = cacheFileFor(dir, DEFAULT_KNOWLEDGE_DIR);
    await writeFile(file, damage(await readFile(file)));
    const rebuilt = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(rebuilt.origin).toEqual({ from: 'build', reason: expect.stringMatching(reason) });
    expect((await open(DEFAULT_KNOWLEDGE_DIR, dir)).origin).toEqual({ from: 'cache' });
  });

  it('writes atomically: a failed write leaves the previous cache whole and no temporary file', async () => {
    const dir = await cacheDir();
    const file = join(dir, 'index.json');
    const key = cacheKey('a'.repeat(64));
    const kb = await open(DEFAULT_KNOWLEDGE_DIR, false);
    await writeCache(file, key, cachedBuildOf(kb));
    const before = await readFile(file);
    // A build that cannot be serialised fails mid-write; the old file must survive.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(writeCache(file, key, { ...cachedBuildOf(kb), facts: circular as unknown as PackedFacts })).rejects.toThrow();
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(dir)).toEqual(['index.json']);
    expect((await readCache(file, key)).status).toBe('fresh');
  });

  it('brings the facts back from the cache as they were extracted', async () => {
    const dir = await cacheDir();
    const built = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const cached = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(cached.origin).toEqual({ from: 'cache' });
    expect(cached.facts).toEqual(built.facts);
    expect(new Engine(cached).actorProfile('Japan')).toEqual(new Engine(built).actorProfile('Japan'));
  });

  it('keys on the text pipeline too, not only the files', () => {
    expect(cacheKey('a'.repeat(64))).toBe(cacheKey('a'.repeat(64)));
    expect(cacheKey('a'.repeat(64))).not.toBe(cacheKey('b'.repeat(64)));
  });
});
