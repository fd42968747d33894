import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase, type BuildOptions } from '../../src/build.ts';
import { cacheFilesFor } from '../../src/store/cache-files.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { readCacheSync, removeStaleTemps, writeCache } from '../../src/store/cache.ts';
import { partKeys, STAGE_VERSIONS, type StageVersions } from '../../src/store/versions.ts';
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
const open = (knowledgeDir: string, dir: string | false, more: Partial<BuildOptions> = {}) =>
  buildKnowledgeBase({ knowledgeDir, cacheDir: dir, logger: silentLogger(), ...more });

/** A logger that keeps what it is told, as [level, message] pairs. */
function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const logger = pino({ level: 'info', base: null }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: string; msg: string }) });
  const levels = () => lines.map((l) => [pino.levels.labels[Number(l.level)], l.msg]);
  return { logger, levels };
}

const Q = 'What did Japan introduce at the G7 summit?';
const answers = (kb: Awaited<ReturnType<typeof open>>) => new Engine(kb).ask(Q, { top: 5 }).results.map((r) => [r.passage.id, r.score, r.excerpt.text]);

describe('the store', () => {
  it('is written on first start and used on the next, with the same answers', async () => {
    const dir = await cacheDir();
    const first = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(first.origin).toEqual({ from: 'build', reason: expect.stringMatching(/^passages: cache missing/) });
    expect(first.built).toEqual(['passages', 'index', 'facts']);
    const second = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(second.origin).toEqual({ from: 'cache' });
    expect(second.built).toEqual([]);
    expect(answers(second)).toEqual(answers(first));
    expect(answers(second).length).toBeGreaterThan(0);
  });

  it('is stale when a knowledge file changes, and every part is rebuilt', async () => {
    const dir = await cacheDir();
    const knowledge = await copyOfKnowledge();
    made.push(knowledge);
    await open(knowledge, dir);
    const eu = join(knowledge, 'eu.md');
    await writeFile(eu, (await readFile(eu, 'utf8')).replace('great importance', 'the greatest importance'));
    const again = await open(knowledge, dir);
    expect(again.origin).toEqual({ from: 'build', reason: expect.stringMatching(/^passages: cache stale/) });
    expect(again.built).toEqual(['passages', 'index', 'facts']);
    expect(again.passages[0]?.text).toContain('the greatest importance');
  });

  it.each<[keyof StageVersions, string[]]>([
    ['knowledge', ['passages', 'index', 'facts']],
    ['text', ['passages', 'index', 'facts']],
    ['chunking', ['passages', 'index', 'facts']],
    ['index', ['index']],
    ['facts', ['facts']],
  ])('rebuilds what depends on the %s stage when its version changes, and nothing else', async (stage, rebuilt) => {
    const dir = await cacheDir();
    const first = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const versions = { ...STAGE_VERSIONS, [stage]: STAGE_VERSIONS[stage] + 1 };
    const next = await open(DEFAULT_KNOWLEDGE_DIR, dir, { versions });
    expect(next.built).toEqual(rebuilt);
    expect(answers(next)).toEqual(answers(first));
    expect(next.facts.facts).toEqual(first.facts.facts);
    // The parts written under the new versions are what the next start takes.
    expect((await open(DEFAULT_KNOWLEDGE_DIR, dir, { versions })).built).toEqual([]);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 100), /^index: cache corrupt: truncated/],
    [
      'a flipped byte',
      (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 50), Buffer.from('X'), b.subarray(b.length - 49)]),
      /^index: cache corrupt: checksum mismatch/,
    ],
    ['garbage', () => Buffer.from('not a cache at all'), /^index: cache corrupt: no header line/],
    ['a foreign header', (b: Buffer) => Buffer.concat([Buffer.from('{"format":"other"}\n'), b]), /^index: cache corrupt: the header is not/],
  ])('detects an index file that is %s and rebuilds only the index', async (_what, damage, reason) => {
    const dir = await cacheDir();
    await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const file = cacheFilesFor(dir, DEFAULT_KNOWLEDGE_DIR).index;
    await writeFile(file, damage(await readFile(file)));
    const rebuilt = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(rebuilt.origin).toEqual({ from: 'build', reason: expect.stringMatching(reason) });
    expect(rebuilt.built).toEqual(['index']);
    expect((await open(DEFAULT_KNOWLEDGE_DIR, dir)).origin).toEqual({ from: 'cache' });
  });

  it('rebuilds from the folder when a fresh part does not fit the corpus (a CacheFormatError), and says so at info level only', async () => {
    const dir = await cacheDir();
    const first = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const files = cacheFilesFor(dir, DEFAULT_KNOWLEDGE_DIR);
    // Under the right key and checksum, but passages that point past the paragraphs.
    await writeCache(files.passages, 'passages', partKeys(first.corpus.hash).passages, { count: 1, records: Int32Array.from([0, 0, 1, 0, 1e6, 0]) });
    const { logger, levels } = recordingLogger();
    const again = await open(DEFAULT_KNOWLEDGE_DIR, dir, { logger });
    expect(answers(again)).toEqual(answers(first));
    expect(levels()).toContainEqual(['info', 'the cache does not fit the corpus; rebuilding']);
    expect(levels().filter(([level]) => level === 'error' || level === 'warn')).toEqual([]);
  });

  it('writes atomically: a failed write leaves the previous file whole and no temporary file', async () => {
    const dir = await cacheDir();
    const file = join(dir, 'part.bin');
    const key = 'a'.repeat(64);
    await writeCache(file, 'facts', key, { instruments: [] });
    const before = await readFile(file);
    // A value that cannot be serialised fails mid-write; the old file must survive.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(writeCache(file, 'facts', key, circular)).rejects.toThrow();
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(dir)).toEqual(['part.bin']);
    expect(readCacheSync(file, 'facts', key)).toEqual({ status: 'fresh', value: { instruments: [] } });
    expect(readCacheSync(file, 'index', key)).toMatchObject({ status: 'corrupt', reason: 'a facts file where index was expected' });
  });

  it('removes the temporary files of a crashed write at start, not those of a write in progress', async () => {
    const dir = await cacheDir();
    const crashed = 'kb-0123456789abcdef.index.bin.999999999.0badf00d.tmp';
    const live = `kb-0123456789abcdef.facts.bin.${process.pid}.0a0b0c0d.tmp`;
    const old = `kb-0123456789abcdef.facts.bin.${process.pid}.01020304.tmp`;
    for (const name of [crashed, live, old, 'notes.tmp']) await writeFile(join(dir, name), 'x');
    const hourAgo = (Date.now() - 2 * 3_600_000) / 1000;
    await utimes(join(dir, old), hourAgo, hourAgo);
    await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const left = await readdir(dir);
    expect(left).not.toContain(crashed);
    expect(left).not.toContain(old);
    expect(left).toContain(live);
    expect(left).toContain('notes.tmp');
    expect(removeStaleTemps(join(dir, 'no-such-folder'))).toEqual([]);
  });

  it('answers from a rebuild and warns when CACHE_DIR is a file', async () => {
    const dir = await cacheDir();
    const notAFolder = join(dir, 'cache');
    await writeFile(notAFolder, 'I am a file');
    const { logger, levels } = recordingLogger();
    const kb = await open(DEFAULT_KNOWLEDGE_DIR, notAFolder, { logger });
    expect(answers(kb).length).toBeGreaterThan(0);
    expect(levels()).toContainEqual(['warn', 'cannot read the cache; building instead']);
    expect(levels()).toContainEqual(['warn', 'could not write the cache']);
    expect(levels().filter(([level]) => level === 'error')).toEqual([]);
  });

  it('answers from a rebuild and warns when a cache file cannot be read', async () => {
    const dir = await cacheDir();
    const first = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const { index } = cacheFilesFor(dir, DEFAULT_KNOWLEDGE_DIR);
    // Root reads through any permission: a folder in the file's place cannot be read by anyone.
    await rm(index);
    await mkdir(index);
    const { logger, levels } = recordingLogger();
    const kb = await open(DEFAULT_KNOWLEDGE_DIR, dir, { logger });
    expect(kb.built).toEqual(['index']);
    expect(answers(kb)).toEqual(answers(first));
    expect(levels()).toContainEqual(['warn', 'cannot read the cache; building instead']);
  });

  it('reads the facts only when they are asked for, and brings them back as they were extracted', async () => {
    const dir = await cacheDir();
    const built = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const cached = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(cached.origin).toEqual({ from: 'cache' });
    const lazy = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    // Replaced after the start, under the same key: what is read is what the file holds when the facts are first asked for.
    const empty = { instruments: [], organisations: [], events: [], themes: [], stances: [] };
    await writeCache(cacheFilesFor(dir, DEFAULT_KNOWLEDGE_DIR).facts, 'facts', partKeys(built.corpus.hash).facts, empty);
    expect(lazy.facts.facts).toEqual(empty);
    expect(cached.facts.facts).toEqual(empty);
    expect(built.facts.facts.instruments.length).toBeGreaterThan(0);
  });

  it('reads the same facts back as were extracted', async () => {
    const dir = await cacheDir();
    const built = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    const cached = await open(DEFAULT_KNOWLEDGE_DIR, dir);
    expect(cached.facts.facts).toEqual(built.facts.facts);
    expect(new Engine(cached).actorProfile('Japan')).toEqual(new Engine(built).actorProfile('Japan'));
  });

  it('keys each part on the files and on the versions of the stages it depends on', () => {
    const a = partKeys('a'.repeat(64));
    expect(partKeys('a'.repeat(64))).toEqual(a);
    const b = partKeys('b'.repeat(64));
    expect([b.passages, b.index, b.facts].some((k, i) => k === [a.passages, a.index, a.facts][i])).toBe(false);
    const facts = partKeys('a'.repeat(64), { ...STAGE_VERSIONS, facts: STAGE_VERSIONS.facts + 1 });
    expect(facts).toEqual({ ...a, facts: expect.not.stringMatching(a.facts) });
  });
});
