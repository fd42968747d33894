/**
 * How knowledge files are read: a file written on Windows (CRLF line endings,
 * a UTF-8 byte order mark) loads exactly like the same file written with LF,
 * and a file that cannot be read is a KnowledgeError naming it, never a stack
 * trace (the command line's exit code for it: knowledge-unreadable.e2e.test.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { readKnowledgeText } from '../../src/knowledge/read-text.ts';
import { copyOfKnowledge } from '../support/engine.ts';

const dirs: string[] = [];
afterEach(async () => {
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
});
