/**
 * Reloads that overlap changes: a change that arrives while a build runs is
 * never lost (one more build follows), and a knowledge folder replaced by a
 * rename is still watched. The interleavings are fixed by a build hook that
 * holds a build after it read the folder, not by sleeping.
 */
import { mkdtemp, readFile, rename, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInThisThread, type BuildOptions } from '../../src/build.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { EngineHolder, type ReloadOutcome } from '../../src/reload.ts';
import type { PackedKnowledge } from '../../src/store/packed.ts';

const EXTRA =
  '---\nid: eu-extra\ntitle: Extra\nactor: eu\nsource:\n  publisher: P\n  title: T\n  url: https://example.org/x\n  retrieved: 2026-01-01\n---\n\nThe Union also runs a quantum-safe encryption roadmap.\n';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A promise with its resolver. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A builder that builds in this thread and then, for the builds listed in
 * `hold`, tells `read` it has read the folder and waits for `release`.
 */
function heldBuilder(hold: ReadonlySet<number>) {
  let n = 0;
  const read = deferred();
  const release = deferred();
  const builder = async (options: BuildOptions): Promise<PackedKnowledge> => {
    const mine = n++;
    const packed = await buildInThisThread(options);
    if (hold.has(mine)) {
      read.resolve();
      await release.promise;
    }
    return packed;
  };
  return { builder, read: read.promise, release: release.resolve, builds: () => n };
}

async function knowledgeCopy(): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'policy-bot-order-'));
  dirs.push(root);
  const dir = join(root, 'knowledge');
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return { root, dir };
}

const quantum = (h: EngineHolder) => h.current.ask('quantum-safe encryption roadmap').results[0]?.passage.id;

describe('reloads and changes that overlap', () => {
  it('a document deleted while a reload builds is gone after it: the change schedules one more build', async () => {
    const { dir } = await knowledgeCopy();
    await writeFile(join(dir, 'eu-extra.md'), EXTRA);
    const held = heldBuilder(new Set([0]));
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: held.builder });
    const first = h.reload();
    await held.read;
    await rm(join(dir, 'eu-extra.md'));
    const second = h.reload();
    held.release();
    expect(await first).toMatchObject({ ok: true, documents: 4 });
    expect(await second).toMatchObject({ ok: true, documents: 3, changed: true });
    expect(held.builds()).toBe(2);
    expect(h.current.kb.corpus.documents.map((d) => d.id)).not.toContain('eu-extra');
    expect(quantum(h)).not.toBe('eu-extra#1');
  });

  it('a file rewritten twice during a build serves the last text, not the first', async () => {
    const { dir } = await knowledgeCopy();
    const held = heldBuilder(new Set([0]));
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: held.builder });
    const eu = join(dir, 'eu.md');
    const text = await readFile(eu, 'utf8');
    await writeFile(eu, text.replace('great importance', 'first importance'));
    const first = h.reload();
    await held.read;
    await writeFile(eu, text.replace('great importance', 'second importance'));
    const second = h.reload();
    await writeFile(eu, text.replace('great importance', 'third importance'));
    const third = h.reload();
    expect(third).toBe(second);
    held.release();
    await first;
    expect(h.current.passage('eu-resilience-capacity-building#1').text).toContain('first importance');
    await second;
    expect(h.current.passage('eu-resilience-capacity-building#1').text).toContain('third importance');
    expect(held.builds()).toBe(2);
  });

  it('a build that fails for another reason than the corpus keeps the old engine, and says so', async () => {
    const { dir } = await knowledgeCopy();
    const h = await EngineHolder.open({
      knowledgeDir: dir,
      cacheDir: false,
      logger: silentLogger(),
      builder: () => Promise.reject(new Error('the worker ran out of memory')),
    });
    const before = h.current;
    const outcome = await h.reload();
    expect(outcome).toMatchObject({ ok: false, file: dir, field: '', reason: 'a build that completes (the worker ran out of memory)' });
    expect(h.current).toBe(before);
    // And the next reload runs: a failed build leaves nothing behind that blocks it.
    expect(await h.reload()).toMatchObject({ ok: false });
  });

  it('watches the folder by its path: replaced by a rename, the new folder is served and then watched', async () => {
    const { root, dir } = await knowledgeCopy();
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: buildInThisThread });
    const outcomes: ReloadOutcome[] = [];
    let next = deferred();
    const stop = h.watch({
      debounceMs: 20,
      onReload: (o) => {
        outcomes.push(o);
        next.resolve();
      },
    });
    try {
      // As deploy tools do: the new version is written beside the folder, then renamed into its place.
      const staged = join(root, 'knowledge.new');
      await cp(DEFAULT_KNOWLEDGE_DIR, staged, { recursive: true });
      await writeFile(join(staged, 'eu-extra.md'), EXTRA);
      await rename(dir, join(root, 'knowledge.old'));
      await rename(staged, dir);
      while (quantum(h) !== 'eu-extra#1') {
        await next.promise;
        next = deferred();
      }
      expect(outcomes.at(-1)).toMatchObject({ ok: true, documents: 4 });
      // The watch moved to the new folder: an edit there is seen.
      await writeFile(join(dir, 'eu-extra.md'), EXTRA.replace('quantum-safe encryption roadmap', 'post-quantum migration plan'));
      while (h.current.ask('post-quantum migration plan').results[0]?.passage.id !== 'eu-extra#1') {
        await next.promise;
        next = deferred();
      }
    } finally {
      stop();
    }
  });
});
