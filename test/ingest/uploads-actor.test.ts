/** The upload pipeline (Discord's /ingest) has nobody to ask at plan time: a guessed actor is refused, and the actor option takes it. */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { UploadedFile } from '../../src/commands/options.ts';
import { folderIngest } from '../../src/ingest/uploads.ts';
import { COMPARATIVE_PAPER, knowledgeFolder } from './fixtures.ts';

function upload(name: string, body: string): UploadedFile {
  const bytes = new TextEncoder().encode(body);
  return { name, size: bytes.byteLength, contentType: 'text/plain', bytes: async () => bytes };
}

describe('the upload pipeline and a guessed actor', () => {
  it('refuses a document whose actor is only a guess, naming the candidates and the actor option; with the option it plans it', async () => {
    const dir = await knowledgeFolder();
    const ingest = folderIngest({ knowledgeDir: dir, maxBytes: 100_000 });
    await expect(ingest.plan(upload('panel-study.txt', COMPARATIVE_PAPER), {})).rejects.toThrow(
      /^Cannot add panel-study\.txt: .*its actor is not clear: .*\(atlantis \(4 paragraphs\), utopia \(4 paragraphs\)\).* Pass the actor option with the one it is by/u,
    );
    expect(await readdir(dir)).toEqual(['actors.yaml']);
    const plan = await ingest.plan(upload('panel-study.txt', COMPARATIVE_PAPER), { actor: 'utopia' });
    expect(plan.summary).toMatchObject({ actor: 'utopia', actorBasis: { reason: 'given', sure: true } });
  });
});
