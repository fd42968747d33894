import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { IngestError, KnowledgeError } from '../../src/errors.ts';
import { commitDocument, openFolder, prepareDocument, readDocument, summaryOf } from '../../src/ingest/ingest.ts';
import { FS_OPS } from '../../src/ingest/write.ts';
import { silentLogger } from '../../src/log.ts';
import { ATLANTIS_STRATEGY, HAND_WRITTEN, knowledgeFolder, UTOPIA_FRENCH } from './fixtures.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const TODAY = new Date('2026-12-05T10:00:00Z');

async function ingest(dir: string, text: string, file: string, fields = {}) {
  const folder = await openFolder(dir);
  const prepared = prepareDocument(await readDocument(bytes(text), file), fields, folder, TODAY);
  return { prepared, ...(await commitDocument(prepared, folder)) };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

describe('ingest: prepare and commit', () => {
  it('infers, writes a file that loads, and its passages carry their page', async () => {
    const dir = await knowledgeFolder();
    const { prepared, written } = await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt', { url: 'https://example.org/atlantis.pdf' });
    expect(summaryOf(prepared, written)).toEqual({
      id: 'atlantis-republic-national-cybersecurity-strategy-2024',
      file: '20240315_Atlantis_ENG.txt',
      actor: 'atlantis',
      title: 'Republic of Atlantis National Cybersecurity Strategy',
      published: '2024-03-15',
      language: 'en',
      type: 'strategy',
      actorBasis: { reason: 'title', sure: true, candidates: [{ id: 'atlantis', paragraphs: 4 }] },
      pages: 2,
      passages: 4,
      warnings: [],
      written: 'atlantis-republic-national-cybersecurity-strategy-2024.md',
    });
    const text = await readFile(join(dir, written ?? ''), 'utf8');
    expect(text).toContain('ingest:\n  file: 20240315_Atlantis_ENG.txt\n  sha256: ');
    expect(text).toContain('<!-- page: 2 -->');
    const engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
    const hit = engine.ask('Atlantis skills programme professionals').results[0];
    expect(hit?.passage.page).toBe(2);
    expect(hit?.link).toBe('https://example.org/atlantis.pdf#page=2');
    expect(hit?.passage.text).toContain(hit?.excerpt.text ?? '-');
  });

  it('a source without a URL is cited without a link', async () => {
    const dir = await knowledgeFolder();
    await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt');
    const engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
    const hit = engine.ask('Atlantis incident response team').results[0];
    expect(hit?.passage.page).toBe(1);
    expect(hit?.link).toBeUndefined();
  });

  it('ingesting the same bytes again says so and changes nothing', async () => {
    const dir = await knowledgeFolder();
    await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt');
    const before = await snapshot(dir);
    const again = await ingest(dir, ATLANTIS_STRATEGY, 'copy-of-it.txt', { title: 'Another title' });
    expect(again.written).toBeNull();
    expect(again.prepared.warnings).toEqual(['already ingested as atlantis-republic-national-cybersecurity-strategy-2024.md (same sha256): nothing to do']);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('an id another document has is an id-collision, and nothing is written', async () => {
    const dir = await knowledgeFolder({ 'notes.md': HAND_WRITTEN });
    const before = await snapshot(dir);
    const folder = await openFolder(dir);
    const read = await readDocument(bytes(UTOPIA_FRENCH), 'utopia.txt');
    let error: unknown;
    try {
      prepareDocument(read, { title: 'Notes on Utopia', actor: 'utopia' }, folder, TODAY);
    } catch (e) {
      error = e;
    }
    // 'utopia-notes' is the hand-written file's id: the same title makes the same id.
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).problem).toBe('id-collision');
    expect((error as IngestError).message).toContain('its id "utopia-notes" is already used by notes.md ("Notes on Utopia")');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a second file of the same title and year (a paper and its revision) takes the whole date into its id', async () => {
    const dir = await knowledgeFolder();
    const title = 'Cyber Chess: Patterns in Strategy Adoption';
    await ingest(dir, ATLANTIS_STRATEGY, 'draft.txt', { title, published: '2025-09-22' });
    const revised = `${ATLANTIS_STRATEGY}\nThe revision adds a paragraph on the spread of strategies among neighbouring states.\n`;
    const second = await ingest(dir, revised, 'revision.txt', { title, published: '2025-12-03' });
    expect(second.prepared.id).toBe('atlantis-cyber-chess-patterns-strategy-adoption-2025-12-03');
    expect(second.written).toBe('atlantis-cyber-chess-patterns-strategy-adoption-2025-12-03.md');
    // Known only to the year, the date cannot tell them apart: that is still a collision.
    const folder = await openFolder(dir);
    const third = await readDocument(bytes(`${revised}\nA third version.\n`), 'third.txt');
    expect(() => prepareDocument(third, { title, published: '2025' }, folder, TODAY)).toThrow(
      /its id "atlantis-cyber-chess-patterns-strategy-adoption-2025" is already used/u,
    );
  });

  it('warns of a near-duplicate, naming it; --version-of marks it a new version instead', async () => {
    const dir = await knowledgeFolder();
    await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt');
    const revised = `${ATLANTIS_STRATEGY}\nA new paragraph added in the revision of the strategy of Atlantis, about quantum-safe cryptography.\n`;
    const folder = await openFolder(dir);
    const read = await readDocument(bytes(revised), '20250101_Atlantis_ENG.txt');
    const warned = prepareDocument(read, {}, folder, TODAY);
    expect(warned.warnings).toEqual([
      'near-duplicate of atlantis-republic-national-cybersecurity-strategy-2024 (atlantis-republic-national-cybersecurity-strategy-2024.md): 6 of its 7 sentences are word for word in it; if it is a new version, ingest it with --version-of atlantis-republic-national-cybersecurity-strategy-2024',
    ]);
    const { written } = await commitDocument(
      prepareDocument(read, { versionOf: 'atlantis-republic-national-cybersecurity-strategy-2024' }, folder, TODAY),
      folder,
    );
    expect(await readFile(join(dir, written ?? ''), 'utf8')).toContain('versionOf: atlantis-republic-national-cybersecurity-strategy-2024\n');
  });

  it('a near-duplicate is judged on sentences: a reworded version is one, a document quoting one sentence of another is not', async () => {
    const dir = await knowledgeFolder();
    await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt');
    const folder = await openFolder(dir);
    // Every paragraph differs (a clause reworded in each), but two of its five long sentences are the 2024 text's.
    const reworded = [
      'Republic of Atlantis National Cybersecurity Strategy 2025',
      '',
      'The Republic of Atlantis will protect its critical information infrastructure against cyber threats. Atlantis commits to a national incident response team by 2027.',
      '',
      'Operators of essential services and digital providers in Atlantis shall report significant incidents within twelve hours.',
      '',
      'Atlantis will train ten thousand cybersecurity professionals through its national skills programme. Universities and industry in Atlantis will share the cost equally.',
      '',
    ].join('\n');
    const near = prepareDocument(await readDocument(bytes(reworded), '20250101_Atlantis_ENG.txt'), {}, folder, TODAY);
    expect(near.warnings).toEqual([
      expect.stringMatching(/^near-duplicate of atlantis-republic-national-cybersecurity-strategy-2024 .*: 2 of its 5 sentences are word for word in it;/u),
    ]);
    const quoting = [
      'Atlantis and the Sea Cyber Partnership',
      '',
      'The Republic of Atlantis will protect its critical information infrastructure against cyber threats.',
      '',
      ...Array.from({ length: 8 }, (_, i) => [
        `Partner number ${i + 1} of the sea partnership brings its own maritime security expertise and funding.`,
        '',
      ]).flat(),
    ].join('\n');
    const apart = prepareDocument(await readDocument(bytes(quoting), '20250101_Atlantis-Sea_ENG.txt'), { title: 'Sea Partnership' }, folder, TODAY);
    expect(apart.warnings).toEqual([]);
  });

  it('a new version with the same title and year gets the next free id', async () => {
    const dir = await knowledgeFolder();
    const first = await ingest(dir, ATLANTIS_STRATEGY, '20240315_Atlantis_ENG.txt');
    const second = await ingest(dir, `${ATLANTIS_STRATEGY}\nOne more paragraph.\n`, '20240601_Atlantis_ENG.txt', { versionOf: first.prepared.id });
    expect(second.prepared.id).toBe(`${first.prepared.id}-v2`);
  });

  it('writes atomically: a failed rename leaves nothing in the folder', async () => {
    const dir = await knowledgeFolder({ 'notes.md': HAND_WRITTEN });
    const before = await snapshot(dir);
    const folder = await openFolder(dir);
    const prepared = prepareDocument(await readDocument(bytes(ATLANTIS_STRATEGY), 'a.txt'), {}, folder, TODAY);
    const failing = { ...FS_OPS, rename: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) };
    await expect(commitDocument(prepared, folder, failing)).rejects.toThrow('disk full');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('writes atomically: a failed write leaves nothing either, not even the temporary file', async () => {
    const dir = await knowledgeFolder();
    const folder = await openFolder(dir);
    const prepared = prepareDocument(await readDocument(bytes(ATLANTIS_STRATEGY), 'a.txt'), {}, folder, TODAY);
    const failing = {
      ...FS_OPS,
      writeFile: async (path: string, text: string) => {
        await FS_OPS.writeFile(path, text.slice(0, 10));
        throw new Error('write interrupted');
      },
    };
    await expect(commitDocument(prepared, folder, failing)).rejects.toThrow('write interrupted');
    expect(await readdir(dir)).toEqual(['actors.yaml']);
  });

  it('checks the folder after writing: when it no longer loads, the written file is taken out again and the KnowledgeError thrown', async () => {
    const dir = await knowledgeFolder();
    const folder = await openFolder(dir);
    const prepared = prepareDocument(await readDocument(bytes(ATLANTIS_STRATEGY), 'a.txt'), {}, folder, TODAY);
    // Someone else breaks the folder while the file is being written.
    const racing = {
      ...FS_OPS,
      rename: async (from: string, to: string) => {
        await writeFile(join(dir, 'broken.md'), 'no front matter\n');
        await FS_OPS.rename(from, to);
      },
    };
    await expect(commitDocument(prepared, folder, racing)).rejects.toBeInstanceOf(KnowledgeError);
    expect((await readdir(dir)).sort()).toEqual(['actors.yaml', 'broken.md']);
  });

  it('refuses a file with no text', async () => {
    const dir = await knowledgeFolder();
    await expect(readDocument(bytes('\n\n  \n'), 'blank.txt')).rejects.toMatchObject({ problem: 'empty' });
    expect(await readdir(dir)).toEqual(['actors.yaml']);
  });

  it('detects French and records it', async () => {
    const dir = await knowledgeFolder();
    const { prepared } = await ingest(dir, UTOPIA_FRENCH, 'utopie.txt', { title: 'Stratégie nationale de cybersécurité', published: '2022' });
    expect(prepared).toMatchObject({ id: 'utopia-strategie-nationale-cybersecurite-2022', language: 'fr', type: 'strategy', actor: { id: 'utopia' } });
  });
});
