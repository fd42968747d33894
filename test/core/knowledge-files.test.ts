/**
 * How knowledge files are read: a file written on Windows (CRLF line endings,
 * a UTF-8 byte order mark) loads exactly like the same file written with LF,
 * and a file that cannot be read is a KnowledgeError naming it (exit 3 from
 * the command line), never a stack trace.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { readKnowledgeText } from '../../src/knowledge/read-text.ts';
import { copyOfKnowledge } from '../support/engine.ts';
import { cli } from '../support/terminal.ts';

/** Paths whose read fails with EACCES, as for a file without read permission (root ignores modes, so the failure is injected). */
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

/** The corpus as comparable data: documents with their fields and paragraphs, actors, glossary, topics. */
async function loaded(dir: string) {
  const { documents, actors, glossary, topics } = await loadKnowledge(dir);
  return { documents, actors, glossary, topics };
}

describe('files written on Windows', () => {
  it('CRLF line endings: every file loads as it does with LF', async () => {
    const lf = await copy();
    const crlf = await copy();
    for (const file of ['eu.md', 'japan.md', 'us.md', 'actors.yaml', 'glossary.yaml', 'topics.yaml']) {
      const text = await readFile(join(crlf, file), 'utf8');
      await writeFile(join(crlf, file), text.replace(/\n/gu, '\r\n'));
    }
    expect(await loaded(crlf)).toEqual(await loaded(lf));
  });

  it('a UTF-8 byte order mark before the front matter (and before YAML) is ignored', async () => {
    const plain = await copy();
    const bom = await copy();
    for (const file of ['eu.md', 'actors.yaml']) {
      const text = await readFile(join(bom, file), 'utf8');
      await writeFile(join(bom, file), `\uFEFF${text.replace(/\n/gu, '\r\n')}`);
    }
    expect(await loaded(bom)).toEqual(await loaded(plain));
  });
});

describe('a knowledge file that cannot be read', () => {
  it('is a KnowledgeError naming the file (a directory where the file is expected)', async () => {
    const dir = await copy();
    await mkdir(join(dir, 'folder.md'));
    const error = await readKnowledgeText(join(dir, 'folder.md'), 'folder.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toBe('policy-bot: folder.md: a file that can be read (EISDIR)');
  });

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
