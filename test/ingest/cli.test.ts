import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TerminalIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { cli, scriptedTerminal } from '../support/terminal.ts';
import { ATLANTIS_STRATEGY, COMPARATIVE_PAPER, knowledgeFolder, sourceFolder, UTOPIA_FRENCH } from './fixtures.ts';

const summarySchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  actor: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  type: z.string(),
  actorBasis: z.strictObject({
    reason: z.enum(['given', 'title', 'file name', 'text']),
    sure: z.boolean(),
    candidates: z.array(z.strictObject({ id: z.string(), paragraphs: z.number() })),
  }),
  pages: z.number().nullable(),
  passages: z.number(),
  warnings: z.array(z.string()),
  written: z.string().nullable(),
});

const lines = (out: string): unknown[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('policy-bot ingest', () => {
  it('--yes --json writes each file and prints one JSON object per document per line', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ '20240315_Atlantis_ENG.txt': ATLANTIS_STRATEGY, 'utopie.txt': UTOPIA_FRENCH });
    const run = await cli(['ingest', join(src, '20240315_Atlantis_ENG.txt'), join(src, 'utopie.txt'), '--knowledge', dir, '--yes', '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const [atlantis, utopia] = lines(run.out).map((l) => summarySchema.parse(l));
    expect(atlantis).toMatchObject({
      id: 'atlantis-republic-national-cybersecurity-strategy-2024',
      actor: 'atlantis',
      published: '2024-03-15',
      pages: 2,
      written: 'atlantis-republic-national-cybersecurity-strategy-2024.md',
    });
    expect(utopia).toMatchObject({ actor: 'utopia', language: 'fr' });
    expect((await readdir(dir)).sort()).toEqual(['actors.yaml', `${atlantis?.id}.md`, `${utopia?.id}.md`].sort());
    // The bot answers from what was written, citing the page.
    const ask = await cli(['ask', 'skills programme professionals', '--knowledge', dir, '--json']);
    const hit = (JSON.parse(ask.out) as { results: { page: number | null; headings: string[]; id: string }[] }).results[0];
    // The title line is a heading now (cleaning), so it is no passage: it heads the others.
    expect(hit).toMatchObject({ id: `${atlantis?.id}#3`, page: 2, headings: ['Republic of Atlantis National Cybersecurity Strategy'] });
  });

  it('--dry-run prints the same and writes nothing', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ '20240315_Atlantis_ENG.txt': ATLANTIS_STRATEGY });
    const run = await cli(['ingest', join(src, '20240315_Atlantis_ENG.txt'), '--knowledge', dir, '--dry-run', '--json']);
    expect(run.code).toBe(0);
    expect(summarySchema.parse(lines(run.out)[0])).toMatchObject({ id: 'atlantis-republic-national-cybersecurity-strategy-2024', passages: 4, written: null });
    expect(await readdir(dir)).toEqual(['actors.yaml']);
    const text = await cli(['ingest', join(src, '20240315_Atlantis_ENG.txt'), '--knowledge', dir, '--dry-run']);
    expect(text.out).toContain('actor:     Atlantis (atlantis; named in the title)');
    expect(text.out).toContain('dry run: would write atlantis-republic-national-cybersecurity-strategy-2024.md');
  });

  it('exit 1 for a refused file (unknown actor), the others still written', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY, 'b.txt': 'Plain words about nobody in particular, long enough to be a paragraph.\n' });
    const run = await cli(['ingest', join(src, 'b.txt'), join(src, 'a.txt'), '--knowledge', dir, '--yes', '--json']);
    expect(run.code).toBe(1);
    const [refused, done] = lines(run.out) as [{ problem: string; error: string }, { written: string }];
    expect(refused.problem).toBe('unknown-actor');
    expect(run.err).toContain(
      'policy-bot ingest: b.txt: no actor of actors.yaml is named in its title, its file name or its text. Known actors: atlantis (Atlantis), utopia (Utopia).',
    );
    expect(done.written).toMatch(/\.md$/u);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('--yes refuses a document whose actor is only a guess, naming the candidates; --actor takes it', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'panel-study.txt': COMPARATIVE_PAPER });
    const run = await cli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir, '--yes', '--json']);
    expect(run.code).toBe(1);
    expect(lines(run.out)).toEqual([
      {
        file: join(src, 'panel-study.txt'),
        problem: 'actor-unsure',
        error: expect.stringContaining('atlantis (4 paragraphs), utopia (4 paragraphs)') as unknown,
      },
    ]);
    expect(run.err).toContain('Pass --actor with the one it is by');
    expect(await readdir(dir)).toEqual(['actors.yaml']);
    const given = await cli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir, '--yes', '--json', '--actor', 'utopia']);
    expect(given.code).toBe(0);
    expect(summarySchema.parse(JSON.parse(given.out))).toMatchObject({ actor: 'utopia', actorBasis: { reason: 'given', sure: true } });
  });

  it('an actor named only by the file name is said to come from it, also when the title is that name', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'Atlantis.txt': 'The agency will report each year on its work, and publish what it found.\n' });
    const json = await cli(['ingest', join(src, 'Atlantis.txt'), '--knowledge', dir, '--dry-run', '--json']);
    expect(summarySchema.parse(JSON.parse(json.out))).toMatchObject({ actor: 'atlantis', title: 'Atlantis', actorBasis: { reason: 'file name', sure: true } });
  });

  it('--dry-run shows a guessed actor as a guess, and --json says it is not sure', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'panel-study.txt': COMPARATIVE_PAPER });
    const text = await cli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir, '--dry-run']);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'actor:     Atlantis? (atlantis; not sure: the actor the text names most, but it names others about as often — paragraphs naming each: atlantis 4, utopia 4)',
    );
    const json = await cli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir, '--dry-run', '--json']);
    expect(summarySchema.parse(JSON.parse(json.out)).actorBasis).toEqual({
      reason: 'text',
      sure: false,
      candidates: [
        { id: 'atlantis', paragraphs: 4 },
        { id: 'utopia', paragraphs: 4 },
      ],
    });
  });

  it('on a terminal, a guessed actor is asked for before anything else, and an unknown answer is asked again', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'panel-study.txt': COMPARATIVE_PAPER });
    let out = '';
    const io: TerminalIO = {
      out: (t) => {
        out += t;
      },
      err: () => undefined,
      lines: async function* () {
        yield 'Narnia';
        yield 'Utopian Federation';
        yield 'y';
      },
      interactive: true,
    };
    expect(await runCli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir], io, { CACHE_DIR: '/nonexistent', LOG_LEVEL: 'silent' })).toBe(0);
    expect(out).toContain('Which actor is it by? An id, name or alias of actors.yaml (the text names most: atlantis, utopia), or n to skip it: ');
    expect(out).toContain('"Narnia" is not an actor of actors.yaml.');
    expect(out).toContain('actor:     Utopia (utopia; as given)');
    const written = (await readdir(dir)).filter((f) => f.endsWith('.md'));
    expect(written).toHaveLength(1);
    expect(await readFile(join(dir, written[0] ?? ''), 'utf8')).toContain('\nactor: utopia\n');
  });

  it('on a terminal, n to the actor question writes nothing', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'panel-study.txt': COMPARATIVE_PAPER });
    const io: TerminalIO = { ...scriptedTerminal(['n']).io, interactive: true };
    expect(await runCli(['ingest', join(src, 'panel-study.txt'), '--knowledge', dir], io, { CACHE_DIR: '/nonexistent', LOG_LEVEL: 'silent' })).toBe(0);
    expect(await readdir(dir)).toEqual(['actors.yaml']);
  });

  it('exit 1 for an unknown --actor, nothing written', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY });
    const run = await cli(['ingest', join(src, 'a.txt'), '--knowledge', dir, '--yes', '--actor', 'Narnia']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('"Narnia" is not an actor of actors.yaml. Known actors: atlantis (Atlantis), utopia (Utopia).');
    expect(await readdir(dir)).toEqual(['actors.yaml']);
  });

  it('exit 2 for a malformed command line, before reading anything', async () => {
    const dir = await knowledgeFolder();
    expect((await cli(['ingest', 'a.txt', '--knowledge', dir, '--yes', '--colour'])).code).toBe(2);
    const badDate = await cli(['ingest', 'a.txt', '--knowledge', dir, '--yes', '--published', '2021-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toBe('policy-bot ingest: --published: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2021-13-01"\n');
    expect((await cli(['ingest', 'a.txt', '--knowledge', dir, '--yes', '--type', 'novel'])).err).toContain(
      '--type: expected one of strategy, law, report, statement, web, other',
    );
    expect((await cli(['ingest', '--knowledge', dir, '--yes'])).code).toBe(2);
    const notTerminal = await cli(['ingest', 'a.txt', '--knowledge', dir]);
    expect(notTerminal.code).toBe(2);
    expect(notTerminal.err).toContain('pass --yes');
  });

  it('exit 3 for a knowledge folder that does not validate, nothing written', async () => {
    const dir = await knowledgeFolder({ 'broken.md': '---\nid: Not A Slug\n---\n\nText.\n' });
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY });
    const run = await cli(['ingest', join(src, 'a.txt'), '--knowledge', dir, '--yes']);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^policy-bot: broken\.md: id: /u);
    expect((await readdir(dir)).sort()).toEqual(['actors.yaml', 'broken.md']);
  });

  it('on a terminal, shows what was inferred and takes a corrected field before yes', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ '20240315_Atlantis_ENG.txt': ATLANTIS_STRATEGY });
    const terminal = scriptedTerminal(['maybe', 'published=2024-13', 'title=Atlantis Cyber Strategy', 'y']);
    const io: TerminalIO = { ...terminal.io, interactive: true };
    const code = await runCli(['ingest', join(src, '20240315_Atlantis_ENG.txt'), '--knowledge', dir], io, { CACHE_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
    expect(code).toBe(0);
    // The conversation and the summary, whichever stream each went to.
    const out = terminal.out() + terminal.err();
    expect(out).toContain('title:     Republic of Atlantis National Cybersecurity Strategy (the opening line that names what it is)');
    expect(out).toContain('Answer y, n, or name=value');
    expect(out).toContain('--published: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13"');
    expect(out).toContain('title:     Atlantis Cyber Strategy (as given)');
    expect(out).toContain('written: atlantis-cyber-strategy-2024.md');
    expect(await readFile(join(dir, 'atlantis-cyber-strategy-2024.md'), 'utf8')).toContain('title: Atlantis Cyber Strategy\n');
  });

  it('on a terminal with --json, the conversation goes to standard error and standard output has only the JSON line', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY });
    const terminal = scriptedTerminal(['y']);
    const io: TerminalIO = { ...terminal.io, interactive: true };
    expect(await runCli(['ingest', join(src, 'a.txt'), '--knowledge', dir, '--json'], io, { CACHE_DIR: '/nonexistent', LOG_LEVEL: 'silent' })).toBe(0);
    expect(terminal.err()).toContain('Add it? y = yes, n = no');
    expect(summarySchema.parse(JSON.parse(terminal.out()))).toMatchObject({
      actor: 'atlantis',
      written: 'atlantis-republic-national-cybersecurity-strategy.md',
    });
  });

  it('on a terminal, n writes nothing', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY });
    const io: TerminalIO = { ...scriptedTerminal(['n']).io, interactive: true };
    expect(await runCli(['ingest', join(src, 'a.txt'), '--knowledge', dir], io, { CACHE_DIR: '/nonexistent', LOG_LEVEL: 'silent' })).toBe(0);
    expect(await readdir(dir)).toEqual(['actors.yaml']);
  });

  it('ingesting the same file twice changes nothing the second time', async () => {
    const dir = await knowledgeFolder();
    const src = await sourceFolder({ 'a.txt': ATLANTIS_STRATEGY });
    await cli(['ingest', join(src, 'a.txt'), '--knowledge', dir, '--yes']);
    const [written] = (await readdir(dir)).filter((f) => f.endsWith('.md'));
    const before = await readFile(join(dir, written ?? ''), 'utf8');
    await writeFile(join(src, 'a-copy.txt'), ATLANTIS_STRATEGY);
    const run = await cli(['ingest', join(src, 'a-copy.txt'), '--knowledge', dir, '--yes']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`already ingested as ${written}: nothing changed`);
    expect(await readdir(dir)).toHaveLength(2);
    expect(await readFile(join(dir, written ?? ''), 'utf8')).toBe(before);
  });
});
