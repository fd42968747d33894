/**
 * After an update in place, the build process brings the cache up to the
 * new corpus from the served one's cache (store/cache-update.ts) instead of
 * building it whole: a start from it builds nothing and serves what the
 * updated process serves. A cache that is not the served knowledge base's
 * is written whole, and a folder that changed again since the load is not
 * cached under its new sizes and times.
 */
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../fixtures/synthetic/corpus.ts';
import { buildInThisThread, buildKnowledgeBase, loadKnowledgeBase } from '../../src/build.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { EngineHolder } from '../../src/reload.ts';
import { loadChanges, type PackedChanges } from '../../src/store/build-changes.ts';
import { updateCache } from '../../src/store/cache-update.ts';
import { cacheFilesFor } from '../../src/store/cache-files.ts';
import { manifestOf, type ServedManifest } from '../../src/store/changes.ts';
import { tempDir } from '../support/engine.ts';
import { documentOf, served, settle } from '../support/served.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Enough that a document added, one changed and one removed (153 passages out or in) stay within a tenth. */
const PASSAGES = 2000;

/** A served folder of synthetic documents, its cache written, and the manifest of what is served. */
async function servedFolder(seed: number) {
  const dir = await tempDir('policy-bot-update-');
  const cacheDir = await tempDir('policy-bot-cache-');
  dirs.push(dir, cacheDir);
  const docs = await writeSyntheticKnowledge(dir, PASSAGES, seed);
  await settle(dir);
  const options = { knowledgeDir: dir, cacheDir, logger: silentLogger() };
  const holder = await EngineHolder.open({ ...options, builder: buildInThisThread });
  const kb = holder.current.kb;
  const manifest = manifestOf(kb.corpus, kb.passages, kb.drift);
  if (manifest === undefined) throw new Error('the served corpus has no fingerprints');
  return { dir, cacheDir, docs, options, holder, manifest };
}

/** The changes the build process hands over for the folder against `manifest`. */
async function changesOf(
  options: { knowledgeDir: string; cacheDir: string; logger: ReturnType<typeof silentLogger> },
  manifest: ServedManifest,
): Promise<PackedChanges> {
  const update = await loadChanges(options, manifest);
  if (!('changes' in update)) throw new Error(`a whole build: ${update.whole}`);
  return update.changes;
}

describe('the cache after an update in place', () => {
  it('is written for the new corpus from the served cache: a start builds nothing and serves what the updated process serves', async () => {
    const { dir, docs, options, holder, manifest } = await servedFolder(31);
    const actor = docs[0]?.actor ?? '';
    await writeFile(join(dir, 'docs', 'new-2031.md'), documentOf('new-2031', actor, 'The zorbulex accord commits every ministry to report incidents.'));
    const first = join(dir, 'docs', `${docs[0]?.id}.md`);
    const paragraphs = (await readFile(first, 'utf8')).split('\n\n');
    await writeFile(
      first,
      [...paragraphs.slice(0, 2), 'The quendrith protocol binds every operator to test its backups.', ...paragraphs.slice(3)].join('\n\n'),
    );
    await unlink(join(dir, 'docs', `${docs[1]?.id}.md`));
    await settle(dir);

    const changes = await changesOf(options, manifest);
    expect(await holder.reload()).toMatchObject({ ok: true, changed: true });
    expect(holder.current.kb.origin.from).toBe('update');
    const lines: { msg: string }[] = [];
    const logger = pino({ level: 'info', base: null }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
    expect(await updateCache({ ...options, logger }, manifest, changes)).toEqual({ written: ['passages', 'index', 'facts', 'document-facts', 'corpus'] });
    // Only the changed documents' facts were extracted: the others' came from the cache.
    expect(lines.map((l) => l.msg)).not.toContain('cache: extracting every document’s facts');

    const started = await loadKnowledgeBase(options);
    expect(started.packed.built).toEqual([]);
    expect(started.packed.origin).toEqual({ from: 'cache' });
    const restarted = new Engine(started.kb);
    expect(restarted.kb.drift).toBe(holder.current.kb.drift);
    expect(restarted.kb.drift).toBeGreaterThan(0);
    expect(restarted.ask('zorbulex accord').results[0]?.passage.id).toBe('new-2031#1');
    expect(served(restarted)).toEqual(served(holder.current));
    expect(served(restarted)).toEqual(served(new Engine(await buildKnowledgeBase({ ...options, cacheDir: false }))));
  });

  it('is written whole when it is not the served knowledge base’s: none, or one of another drift', async () => {
    const { dir, cacheDir, docs, options, manifest } = await servedFolder(32);
    await writeFile(join(dir, 'docs', 'new-2031.md'), documentOf('new-2031', docs[0]?.actor ?? '', 'The zorbulex accord binds.'));
    const changes = await changesOf(options, manifest);
    expect(await updateCache(options, { ...manifest, drift: 7 }, changes)).toEqual({ whole: expect.stringMatching(/index: .*7/u) });
    await rm(cacheDir, { recursive: true, force: true });
    expect(await updateCache(options, manifest, changes)).toEqual({ whole: expect.stringMatching(/^corpus: cache missing/u) });
  });

  it('leaves the corpus to be read from the folder when a file changed again after the load', async () => {
    const { dir, docs, options, manifest } = await servedFolder(33);
    const actor = docs[0]?.actor ?? '';
    const added = join(dir, 'docs', 'new-2031.md');
    await writeFile(added, documentOf('new-2031', actor, 'The zorbulex accord binds.'));
    const changes = await changesOf(options, manifest);
    // Edited after the load, and dated back: its size and time are no longer those of the bytes the update holds.
    await writeFile(added, documentOf('new-2031', actor, 'The quendrith protocol binds every operator instead.'));
    await settle(dir);
    expect(await updateCache(options, manifest, changes)).toEqual({ written: ['passages', 'index', 'facts', 'document-facts'] });
    const engine = new Engine((await loadKnowledgeBase(options)).kb);
    expect(engine.ask('quendrith protocol').results[0]?.passage.id).toBe('new-2031#1');
    expect(engine.ask('zorbulex accord').results).toEqual([]);
  });

  it('extracts every document’s facts when the cache has none of the served documents’, and serves the same', async () => {
    const { dir, cacheDir, docs, options, manifest } = await servedFolder(34);
    const act = 'The Varnholt Cybersecurity Act requires operators to report incidents.';
    await writeFile(join(dir, 'docs', 'new-2031.md'), documentOf('new-2031', docs[0]?.actor ?? '', act));
    await settle(dir);
    const changes = await changesOf(options, manifest);
    await rm(cacheFilesFor(cacheDir, dir)['document-facts']);
    const lines: { msg: string }[] = [];
    const logger = pino({ level: 'info', base: null }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
    expect(await updateCache({ ...options, logger }, manifest, changes)).toMatchObject({ written: expect.arrayContaining(['facts', 'document-facts']) });
    expect(lines.map((l) => l.msg)).toContain('cache: extracting every document’s facts');
    const started = await loadKnowledgeBase(options);
    expect(started.packed.built).toEqual([]);
    expect(served(new Engine(started.kb))).toEqual(served(new Engine(await buildKnowledgeBase({ ...options, cacheDir: false }))));
  });
});
