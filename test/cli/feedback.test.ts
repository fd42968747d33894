/**
 * `policy-bot feedback [--since DATE] [--json]`: the rated questions, worst
 * first, with their passages, from the ratings database under DATA_DIR.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/feedback/store.ts';
import { createLogger } from '../../src/log.ts';
import { cli } from '../support/terminal.ts';

const silent = createLogger('info', new Writable({ write: (_c, _e, done) => done() }));

describe('policy-bot feedback', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'policy-bot-cli-feedback-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A few votes, as the bot would have stored them: two days apart. */
  function seedVotes(): void {
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const store = new FeedbackStore({ dataDir, logger: silent, now: () => clock });
    const nis2 = { question: 'What is NIS2?', passageIds: ['eu-resilience-capacity-building#2', 'eu-resilience-capacity-building#3'] };
    const japan = { question: 'capacity building', passageIds: ['japan-capacity-building#1'], actor: 'japan' };
    store.vote({ answer: 'a1', rated: nis2, userId: '100000000000000001', guild: '900000000000000001', value: 'up' });
    store.vote({ answer: 'a1', rated: nis2, userId: '100000000000000002', guild: '900000000000000001', value: 'up' });
    clock = Date.parse('2026-03-03T09:00:00Z');
    store.vote({ answer: 'b1', rated: japan, userId: '100000000000000001', guild: '900000000000000001', value: 'down' });
    store.vote({ answer: 'b2', rated: japan, userId: '100000000000000003', guild: '900000000000000001', value: 'down' });
    store.vote({ answer: 'b2', rated: japan, userId: '100000000000000002', guild: '900000000000000001', value: 'up' });
    store.close();
  }

  it('--json prints the rated questions worst first, with their passages and votes', async () => {
    seedVotes();
    const run = await cli(['feedback', '--json'], [], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      since: null,
      questions: [
        { question: 'capacity building', actor: 'japan', passageIds: ['japan-capacity-building#1'], up: 1, down: 2, lastVote: '2026-03-03T09:00:00.000Z' },
        {
          question: 'What is NIS2?',
          passageIds: ['eu-resilience-capacity-building#2', 'eu-resilience-capacity-building#3'],
          up: 2,
          down: 0,
          lastVote: '2026-03-01T09:00:00.000Z',
        },
      ],
    });
    expect(run.out).not.toContain('100000000000000001');
  });

  it('--since keeps only the votes from that date on', async () => {
    seedVotes();
    const run = await cli(['feedback', '--since', '2026-03-02', '--json'], [], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.out) as { since: string; questions: { question: string }[] };
    expect(out.since).toBe('2026-03-02T00:00:00.000Z');
    expect(out.questions.map((q) => q.question)).toEqual(['capacity building']);
  });

  it('prints the listing as text without --json', async () => {
    seedVotes();
    const run = await cli(['feedback'], [], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.out).toContain('2 rated question(s), worst first:');
    expect(run.out).toMatch(/1\. capacity building \(actor japan\)\n {3}👎 2 · 👍 1/u);
    expect(run.out).toContain('passages: japan-capacity-building#1');
  });

  it('refuses a date it cannot read, naming the option', async () => {
    const run = await cli(['feedback', '--since', 'last tuesday'], [], { DATA_DIR: dataDir });
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('since: expected a date like 2026-01-31');
  });

  it('says feedback is unavailable when the database is corrupt, without failing', async () => {
    await writeFile(join(dataDir, 'feedback.sqlite'), 'garbage, not a database at all, but long enough to be read as one');
    const run = await cli(['feedback', '--json'], [], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ error: 'feedback unavailable' });
  });

  it('asking a question creates no data folder', async () => {
    const where = join(dataDir, 'not-made');
    const run = await cli(['ask', 'What is NIS2?', '--json'], [], { DATA_DIR: where });
    expect(run.code).toBe(0);
    expect(existsSync(where)).toBe(false);
  });
});
