/**
 * Loading only what changed (knowledge/load.ts, loadChangedDocuments): the
 * documents whose bytes differ from the served fingerprints are parsed, the
 * others not; a document whose size and time are the served load's is not
 * even read; the corpus hash is the whole load's.
 */
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChangedDocuments, loadKnowledge } from '../../src/knowledge/load.ts';
import { copyOfKnowledge } from '../support/engine.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loading only the documents that changed', () => {
  it('parses the changed documents only, with the hash and fingerprints of a whole load', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    const served = await loadKnowledge(dir);
    const file = join(dir, 'japan.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new closing paragraph on incident reporting.\n`);
    const changed = await loadChangedDocuments(dir, served.fingerprints ?? {});
    const whole = await loadKnowledge(dir);
    expect(changed.changed.map((d) => d.file)).toEqual(['japan.md']);
    expect(changed.hash).toBe(whole.hash);
    expect(changed.hash).not.toBe(served.hash);
    expect(changed.fingerprints).toEqual(whole.fingerprints);
    expect(Object.keys(changed.fingerprints)).toEqual(Object.keys(whole.fingerprints ?? {}));
  });

  it('takes a document with the served size and time as unchanged without reading it, and reads one whose time moved', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    const file = join(dir, 'japan.md');
    // Old enough that its size and time are trusted (RACY_MS).
    const old = new Date(Date.now() - 60_000);
    await utimes(file, old, old);
    const served = await loadKnowledge(dir);
    const before = await stat(file);
    expect(served.fileStats?.['japan.md']).toEqual([before.size, before.mtimeMs]);
    // Other bytes of the same length, the time put back: only a read would tell.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Japan', 'Jopan'));
    await utimes(file, old, old);
    const same = await loadChangedDocuments(dir, served.fingerprints ?? {}, {}, served.fileStats ?? {});
    expect(same.changed).toEqual([]);
    expect(same.hash).toBe(served.hash);
    // Written again now: its time moved, so it is read, and found changed.
    await writeFile(file, text.replace('Japan', 'Jepan'));
    const moved = await loadChangedDocuments(dir, served.fingerprints ?? {}, {}, served.fileStats ?? {});
    expect(moved.changed.map((d) => d.file)).toEqual(['japan.md']);
    expect(moved.fileStats?.['japan.md']).toBeUndefined();
  });
});
