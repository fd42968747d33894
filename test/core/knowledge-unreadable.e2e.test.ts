/**
 * A knowledge file that cannot be read (no read permission): the command line
 * names the file and exits 3, without a stack trace. Tests run as root, which
 * ignores file modes, so the failing read is injected with vi.mock; a test that
 * mocks a module needs a module registry of its own, which the unit tier
 * (isolate: false) does not give, so this file runs in the e2e tier.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyOfKnowledge } from '../support/engine.ts';
import { cli } from '../support/terminal.ts';

/** Paths whose read fails with EACCES, as for a file without read permission. */
const unreadable = new Set<string>();
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof fs.readFile>[0], options?: Parameters<typeof fs.readFile>[1]) => {
    if (typeof path === 'string' && unreadable.has(path)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', errno: -13, syscall: 'open', path });
    }
    return fs.readFile(path, options);
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});

const dirs: string[] = [];
afterEach(async () => {
  unreadable.clear();
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function copy(): Promise<string> {
  const dir = await copyOfKnowledge();
  dirs.push(dir);
  return dir;
}

describe('a knowledge file that cannot be read', () => {
  it('a document without read permission: the command line says which file and exits 3, without a stack', async () => {
    const dir = await copy();
    unreadable.add(join(dir, 'japan.md'));
    const run = await cli(['ask', 'What is NIS2?', '--knowledge', dir]);
    expect(run).toEqual({ code: 3, out: '', err: 'policy-bot: japan.md: a file that can be read (EACCES)\n' });
  });

  it('actors.yaml without read permission: the same', async () => {
    const dir = await copy();
    unreadable.add(join(dir, 'actors.yaml'));
    const run = await cli(['sources', '--knowledge', dir]);
    expect(run).toEqual({ code: 3, out: '', err: 'policy-bot: actors.yaml: a file that can be read (EACCES)\n' });
  });
});
