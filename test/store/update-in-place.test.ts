/**
 * A reload that changed only documents updates the served knowledge base
 * in place for those documents (store/apply-changes.ts), and serves what a
 * whole build of the same folder serves: the same answers, the same facts,
 * the same documents. Anything else (the actors changed, too much changed
 * since the last whole build) is a whole build.
 */
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../fixtures/synthetic/corpus.ts';
import { buildInThisThread, buildKnowledgeBase } from '../../src/build.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { EngineHolder, type KnowledgeBuilder } from '../../src/reload.ts';
import { loadChanges } from '../../src/store/build-changes.ts';
import { updateCache } from '../../src/store/cache-update.ts';
import { manifestOf } from '../../src/store/changes.ts';
import { tempDir } from '../support/engine.ts';
import { documentOf, served, settle } from '../support/served.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const PASSAGES = 1500;

async function fresh(dir: string): Promise<Engine> {
  return new Engine(await buildKnowledgeBase({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() }));
}

describe('a reload that changed only documents', () => {
  it('updates what is served in place and serves what a whole build serves: a document added, changed, removed', async () => {
    const dir = await tempDir('policy-bot-update-');
    dirs.push(dir);
    const docs = await writeSyntheticKnowledge(dir, PASSAGES, 21);
    const actor = docs[0]?.actor ?? '';
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: buildInThisThread });
    expect(h.current.ask('zorbulex accord').results).toEqual([]);

    // Added.
    const added = join(dir, 'docs', 'new-2031.md');
    await writeFile(added, documentOf('new-2031', actor, 'The zorbulex accord commits every ministry to report incidents within a day.'));
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(h.current.kb.origin).toEqual({ from: 'update', reason: '1 document(s) updated in place' });
    expect(h.current.ask('zorbulex accord').results[0]?.passage.id).toBe('new-2031#1');
    expect(served(h.current)).toEqual(served(await fresh(dir)));

    // Changed: an existing document's text edited.
    const first = join(dir, 'docs', `${docs[0]?.id}.md`);
    const text = await readFile(first, 'utf8');
    const paragraphs = text.split('\n\n');
    await writeFile(
      first,
      [...paragraphs.slice(0, 2), 'The quendrith protocol binds every operator to test its backups.', ...paragraphs.slice(3)].join('\n\n'),
    );
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(h.current.kb.origin.from).toBe('update');
    expect(h.current.ask('quendrith protocol').results[0]?.passage.docId).toBe(docs[0]?.id);
    expect(served(h.current)).toEqual(served(await fresh(dir)));

    // Removed.
    await unlink(added);
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(h.current.kb.origin.from).toBe('update');
    expect(h.current.ask('zorbulex accord').results).toEqual([]);
    expect(h.current.kb.passages.some((p) => p.docId === 'new-2031')).toBe(false);
    expect(served(h.current)).toEqual(served(await fresh(dir)));
    expect(h.current.kb.drift).toBeGreaterThan(0);
  });

  it('builds whole when the actors change, or when the changes since the last whole build pass a tenth of the passages', async () => {
    const dir = await tempDir('policy-bot-update-');
    dirs.push(dir);
    const docs = await writeSyntheticKnowledge(dir, PASSAGES, 22);
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder: buildInThisThread });
    const actors = join(dir, 'actors.yaml');
    await writeFile(actors, `${await readFile(actors, 'utf8')}  - id: nowhere\n    name: Nowhere\n    kind: state\n`);
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(h.current.kb.origin.from).toBe('build');
    expect(h.current.kb.drift).toBe(0);

    // Each synthetic document is 50 passages: removing two (100 of 1500) is within a tenth, seven (350) past it.
    for (const d of docs.slice(0, 2)) await unlink(join(dir, 'docs', `${d.id}.md`));
    await h.reload();
    expect(h.current.kb.origin.from).toBe('update');
    expect(h.current.kb.drift).toBe(100);
    for (const d of docs.slice(2, 7)) await unlink(join(dir, 'docs', `${d.id}.md`));
    await h.reload();
    expect(h.current.kb.origin.from).toBe('build');
    expect(h.current.kb.drift).toBe(0);
    expect(served(h.current)).toEqual(served(await fresh(dir)));
  });

  it('serves the whole corpus facts once the build process has written them: one instrument named in two documents is one item', async () => {
    const dir = await tempDir('policy-bot-update-');
    const cacheDir = await tempDir('policy-bot-cache-');
    dirs.push(dir, cacheDir);
    const docs = await writeSyntheticKnowledge(dir, PASSAGES, 23);
    const actor = docs[0]?.actor ?? '';
    const act = 'The Varnholt Cybersecurity Act was adopted in 2030 to regulate operators of essential services.';
    await writeFile(join(dir, 'docs', 'first-2030.md'), documentOf('first-2030', actor, act));
    // Settled files: the corpus is cached, as at a start, and the cache can be brought up to the update.
    await settle(dir);
    const options = { knowledgeDir: dir, cacheDir, logger: silentLogger() };
    const h = await EngineHolder.open({ ...options, builder: buildInThisThread });
    const manifest = manifestOf(h.current.kb.corpus, h.current.kb.passages, h.current.kb.drift);
    await writeFile(
      join(dir, 'docs', 'second-2031.md'),
      documentOf('second-2031', actor, 'The Varnholt Cybersecurity Act requires operators to report incidents.'),
    );
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(h.current.kb.origin.from).toBe('update');
    const named = (engine: Engine) => engine.kb.facts.facts.instruments.filter((i) => i.label.includes('Varnholt Cybersecurity Act'));
    // Meanwhile: the old facts with the new document's extracted alone.
    expect(named(h.current).length).toBeGreaterThan(0);
    // What the build process does after the hand-over: the cache brought up to the new corpus, its facts the whole corpus's.
    if (manifest === undefined) throw new Error('the served corpus has no fingerprints');
    const update = await loadChanges(options, manifest);
    if (!('changes' in update)) throw new Error(`a whole build: ${update.whole}`);
    expect(await updateCache(options, manifest, update.changes)).toMatchObject({ written: expect.arrayContaining(['facts']) });
    const whole = await fresh(dir);
    expect(named(whole)).toHaveLength(1);
    expect(served(h.current)).toEqual(served(whole));
  });

  it('builds whole and serves that when an update fails after it began changing the index', async () => {
    const dir = await tempDir('policy-bot-update-');
    dirs.push(dir);
    const docs = await writeSyntheticKnowledge(dir, PASSAGES, 24);
    const actor = docs[0]?.actor ?? '';
    const taken = `${docs[1]?.id}#1`;
    const builds: string[] = [];
    // Hands over real changes, with one new passage given an id the index already has: MiniSearch refuses it mid-update.
    const builder: KnowledgeBuilder = async (options, built, served) => {
      const result = await buildInThisThread(options, built, served);
      builds.push('changes' in result ? 'changes' : 'whole');
      if (!('changes' in result)) return result;
      const [first, ...rest] = result.changes.passages;
      if (first === undefined) return result;
      return { changes: { ...result.changes, passages: [...rest, { ...first, id: taken }] } };
    };
    const h = await EngineHolder.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger(), builder });
    await writeFile(
      join(dir, 'docs', 'new-2031.md'),
      documentOf('new-2031', actor, 'The zorbulex accord commits every ministry to report incidents within a day.'),
    );
    expect(await h.reload()).toMatchObject({ ok: true, changed: true });
    expect(builds).toEqual(['changes', 'whole']);
    expect(h.current.kb.origin.from).toBe('build');
    expect(h.current.ask('zorbulex accord').results[0]?.passage.id).toBe('new-2031#1');
    expect(served(h.current)).toEqual(served(await fresh(dir)));
  });
});
