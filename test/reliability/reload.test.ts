import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInThisThread } from '../../src/build.ts';
import { silentLogger } from '../../src/log.ts';
import { EngineHolder, type ReloadOutcome } from '../../src/reload.ts';
import { copyOfKnowledge } from '../support/engine.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function holder() {
  const dir = await copyOfKnowledge();
  dirs.push(dir);
  return { dir, holder: await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: buildInThisThread }) };
}

/** Asks questions on every turn of the event loop until `until` settles; returns how many were asked and the failures. */
async function askWhile<T>(h: EngineHolder, until: Promise<T>): Promise<{ asked: number; failures: unknown[]; value: T }> {
  let done = false;
  let asked = 0;
  const failures: unknown[] = [];
  const value = until.finally(() => {
    done = true;
  });
  while (!done && asked < 5_000) {
    try {
      const r = h.current.ask('What is NIS2?');
      if (r.results[0]?.passage.id !== 'eu-resilience-capacity-building#2') failures.push(r.results[0]?.passage.id);
    } catch (error) {
      failures.push(error);
    }
    asked++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { asked, failures, value: await value };
}

describe('knowledge reload', () => {
  it('keeps the old corpus serving when a file is broken, and says which file, field and why', async () => {
    const { dir, holder: h } = await holder();
    const before = h.current;
    const jp = join(dir, 'japan.md');
    await writeFile(jp, (await readFile(jp, 'utf8')).replace(/^actor: japan$/m, 'actor: atlantis'));
    const { asked, failures, value } = await askWhile(h, h.reload());
    expect(value).toEqual<ReloadOutcome>({
      ok: false,
      file: 'japan.md',
      field: 'actor',
      reason: 'one of the actors in actors.yaml (eu, japan, us), got "atlantis"',
      message: 'policy-bot: japan.md: actor: one of the actors in actors.yaml (eu, japan, us), got "atlantis"',
    });
    expect(h.current).toBe(before);
    expect(asked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('swaps in a valid new corpus atomically, with no query failing during the swap', async () => {
    const { dir, holder: h } = await holder();
    await writeFile(
      join(dir, 'eu-extra.md'),
      '---\nid: eu-extra\ntitle: Extra\nactor: eu\nsource:\n  publisher: P\n  title: T\n  url: https://example.org/x\n  retrieved: 2026-01-01\n---\n\nThe Union also runs a quantum-safe encryption roadmap.\n',
    );
    const { failures, value } = await askWhile(h, h.reload());
    expect(value).toMatchObject({ ok: true, documents: 4, changed: true });
    expect(failures).toEqual([]);
    expect(h.current.ask('quantum-safe encryption roadmap').results[0]?.passage.id).toBe('eu-extra#1');
  });

  it('runs one more build after the running one for reloads asked meanwhile, shared between them', async () => {
    const { holder: h } = await holder();
    const [a, b, c] = [h.reload(), h.reload(), h.reload()];
    expect(a).not.toBe(b);
    expect(b).toBe(c);
    expect(await a).toMatchObject({ ok: true, changed: false });
    expect(await b).toMatchObject({ ok: true, changed: false });
  });

  it('reloads by itself when watching and a file changes', async () => {
    const { dir, holder: h } = await holder();
    const outcomes: ReloadOutcome[] = [];
    const reloaded = new Promise<void>((resolve) => {
      const stop = h.watch({
        debounceMs: 50,
        onReload: (o) => {
          outcomes.push(o);
          stop();
          resolve();
        },
      });
    });
    const eu = join(dir, 'eu.md');
    await writeFile(eu, (await readFile(eu, 'utf8')).replace('great importance', 'very great importance'));
    await reloaded;
    expect(outcomes[0]).toMatchObject({ ok: true, changed: true });
    expect(h.current.passage('eu-resilience-capacity-building#1').text).toContain('very great importance');
  });
});
