/**
 * The build in a child process (store/build-process.ts): what the serving
 * thread gets back is the knowledge base a build in this thread makes, the
 * child runs every thread at the lowest priority, a bad corpus is refused
 * with its file and field, a crash is a BuildFailedError saying what the
 * child printed, and no hand-over file is left behind.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../fixtures/synthetic/corpus.ts';
import { buildKnowledgeBase } from '../../src/build.ts';
import { cacheFilesFor } from '../../src/store/cache-files.ts';
import { Engine } from '../../src/engine.ts';
import { BuildFailedError, KnowledgeError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { adopt } from '../../src/store/adopt.ts';
import { buildInChildProcess } from '../../src/store/build-process.ts';
import { readCacheSync } from '../../src/store/cache.ts';
import { manifestOf } from '../../src/store/changes.ts';
import { HANDOVER_DIR } from '../../src/store/packed-file.ts';
import { partKeys } from '../../src/store/versions.ts';
import { copyOfKnowledge, tempDir } from '../support/engine.ts';
import { settle } from '../support/served.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A logger that keeps every line it is given (debug and up), parsed. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug', base: null }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

/** The hand-over files this process would read (named with its pid). */
async function myHandovers(): Promise<string[]> {
  const names = await readdir(HANDOVER_DIR).catch(() => []);
  return names.filter((n) => n.includes(`.${process.pid}.`));
}

const Q = 'What did Japan introduce at the G7 summit?';
const answers = (engine: Engine) => engine.ask(Q, { top: 5 }).results.map((r) => [r.passage.id, r.score, r.excerpt.text]);

/** The child runs at nice 19: on a busy machine it may wait for a core a long while. */
const SLOW = 180_000;

describe('the build in a child process', () => {
  it(
    'hands back the knowledge base a build in this thread makes, built at the lowest priority, and leaves no hand-over file',
    async () => {
      const cacheDir = await tempDir('policy-bot-cache-');
      made.push(cacheDir);
      const { logger, lines } = recordingLogger();
      const packed = await buildInChildProcess({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir, logger });
      expect(packed.built).toEqual(['passages', 'index', 'facts']);
      const there = adopt(packed, silentLogger());
      const here = await buildKnowledgeBase({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
      expect(answers(new Engine(there))).toEqual(answers(new Engine(here)));
      expect(answers(new Engine(there)).length).toBeGreaterThan(0);
      // The facts come back too (from the cache file the child wrote).
      expect(there.facts.facts).toEqual(here.facts.facts);
      const priority = lines.find((l) => l['msg'] === 'the build runs at its priority, every thread');
      expect(priority?.['thread']).toBe('build');
      const nice = priority?.['nice'] as number[];
      expect(nice.length).toBeGreaterThan(1);
      expect(new Set(nice)).toEqual(new Set([19]));
      expect(await myHandovers()).toEqual([]);
    },
    SLOW,
  );

  it(
    'refuses an invalid corpus with its file and field, and keeps nothing',
    async () => {
      const dir = await copyOfKnowledge();
      made.push(dir);
      const jp = join(dir, 'japan.md');
      await writeFile(jp, (await readFile(jp, 'utf8')).replace(/^actor: japan$/mu, 'actor: atlantis'));
      const failure = await buildInChildProcess({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(KnowledgeError);
      expect(failure).toMatchObject({ file: 'japan.md', field: 'actor' });
      expect(await myHandovers()).toEqual([]);
    },
    SLOW,
  );

  it(
    'says what the child printed when it dies before it finishes',
    async () => {
      // A job the child refuses to parse: it throws at the top level and exits 1.
      const failure = await buildInChildProcess({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger(), maxDocumentBytes: -1 }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BuildFailedError);
      expect((failure as Error).message).toMatch(/the build process exited \(code 1\) before it finished: .*maxDocumentBytes/su);
    },
    SLOW,
  );

  it(
    'hands back only the changes to what is served when only documents changed, then brings the cache up to that corpus',
    async () => {
      const dir = await tempDir('policy-bot-knowledge-');
      const cacheDir = await tempDir('policy-bot-cache-');
      made.push(dir, cacheDir);
      const docs = await writeSyntheticKnowledge(dir, 1500, 5);
      // Settled files: the corpus is cached, as at a start, so the child can bring the cache up to the change in place.
      await settle(dir);
      const lines: { msg: string; written?: string[] }[] = [];
      const logger = pino({ level: 'debug', base: null }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
      const options = { knowledgeDir: dir, cacheDir, logger };
      const before = await buildKnowledgeBase(options);
      const served = manifestOf(before.corpus, before.passages, 0);
      expect(served).toBeDefined();
      const text = (await readFile(join(dir, 'docs', `${docs[1]?.id}.md`), 'utf8')).replace(/^id: .*$/mu, 'id: added-doc');
      await writeFile(join(dir, 'docs', 'added-doc.md'), text);
      await settle(dir);
      const result = await buildInChildProcess(options, undefined, served);
      if (!('changes' in result)) return expect.fail('a whole build where only the changes were due');
      expect(result.changes.removedDocIds).toEqual([]);
      expect(new Set(result.changes.passages.map((p) => p.docId))).toEqual(new Set(['added-doc']));
      expect(result.changes.corpus.order).toContain('added-doc');
      // Applied (as the serving process says once it has): the child goes on to the cache.
      result.applied?.();
      // The child goes on to write the cache for the new corpus; a start after it takes every part from there.
      const files = cacheFilesFor(cacheDir, dir);
      const keys = partKeys(result.changes.corpus.hash);
      for (let i = 0; i < 600 && readCacheSync(files.facts, 'facts', keys.facts, true).status !== 'fresh'; i++) await new Promise((r) => setTimeout(r, 200));
      // Brought up in place from the served cache, every part: not built whole.
      for (let i = 0; i < 100 && !lines.some((l) => l.msg === 'build: the cache updated in place'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(lines.find((l) => l.msg === 'build: the cache updated in place')?.written).toEqual(['passages', 'index', 'facts', 'document-facts', 'corpus']);
      const again = await buildKnowledgeBase(options);
      expect(again.built).toEqual([]);
      expect(again.passages.filter((p) => p.docId === 'added-doc').map((p) => p.id)).toEqual(result.changes.passages.map((p) => p.id));
    },
    SLOW,
  );
});
