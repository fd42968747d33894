import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DOCUMENT_MB, loadConfig } from '../../src/config.ts';
import { KnowledgeError } from '../../src/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { copyOfKnowledge } from '../support/engine.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the document size cap', () => {
  it('refuses a file over the cap before reading any, naming the file, its size and what to do', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    const body = 'The strategy is long. '.repeat(60_000);
    await writeFile(
      join(dir, 'huge.md'),
      `---\nid: huge\ntitle: Huge\nactor: eu\nsource:\n  publisher: P\n  title: T\n  url: https://example.org/x\n  retrieved: 2026-01-01\n---\n\n${body}\n`,
    );
    const error = await loadKnowledge(dir, { maxDocumentBytes: 2 ** 20 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toBe('policy-bot: huge.md: a file of at most 1.0 MB (it has 1.3 MB; split it, or raise MAX_DOCUMENT_MB)');
    // Under a larger cap (or none) the same folder loads.
    expect((await loadKnowledge(dir, { maxDocumentBytes: 2 * 2 ** 20 })).documents.map((d) => d.id)).toContain('huge');
  });

  it('is configured in megabytes (MAX_DOCUMENT_MB), 10 by default, and refuses a size that is not one', () => {
    expect(loadConfig({ env: {}, dotenvFile: false }).maxDocumentBytes).toBe(DEFAULT_MAX_DOCUMENT_MB * 2 ** 20);
    expect(loadConfig({ env: { MAX_DOCUMENT_MB: '0.5' }, dotenvFile: false }).maxDocumentBytes).toBe(2 ** 19);
    expect(() => loadConfig({ env: { MAX_DOCUMENT_MB: 'big' }, dotenvFile: false })).toThrow(/MAX_DOCUMENT_MB: expected a size in megabytes, more than 0/u);
  });
});
