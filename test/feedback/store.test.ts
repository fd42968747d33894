/**
 * The ratings store: created and migrated from nothing, one vote per rater per
 * answer (a second press changes it), worst-first listing with a since
 * filter, raters stored only as salted hashes, and a database that cannot be
 * opened or written turning the store unavailable without throwing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_FILE, FeedbackStore, type RatedAnswer, type RatedQuestion } from '../../src/feedback/store.ts';
import { SCHEMA_VERSION, schemaVersion } from '../../src/feedback/migrations.ts';
import { createLogger } from '../../src/log.ts';

const JAPAN: RatedAnswer = { question: 'What does Japan say about capacity building?', passageIds: ['jp-1', 'jp-2'], actor: 'japan' };
const EU: RatedAnswer = { question: 'EU cyber resilience act', passageIds: ['eu-4'] };
const US: RatedAnswer = { question: 'US deterrence', passageIds: ['us-9', 'us-3'] };

/** A logger whose lines are kept, to check what is logged (once) and what never is. */
function memoryLogger(): { logger: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write: (c: Buffer, _e, done) => {
      lines.push(
        ...String(c)
          .split('\n')
          .filter((l) => l !== ''),
      );
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

/** The listed questions, or a failure when the store says it is unavailable. */
function questionsOf(store: FeedbackStore, options: { since?: Date } = {}): readonly RatedQuestion[] {
  const listing = store.list(options);
  if (!listing.available) throw new Error('expected the store to be available');
  return listing.questions;
}

describe('FeedbackStore', () => {
  let dir: string;
  let clock: number;
  let log: ReturnType<typeof memoryLogger>;
  const open = (dataDir = dir): FeedbackStore => new FeedbackStore({ dataDir, logger: log.logger, now: () => clock });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-bot-feedback-'));
    clock = Date.parse('2026-03-01T10:00:00Z');
    log = memoryLogger();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the database in a data folder that does not exist yet, at the latest schema version', () => {
    const store = open(join(dir, 'nested', 'data'));
    expect(store.open()).toBe(true);
    store.close();
    const db = new BetterSqlite3(join(dir, 'nested', 'data', FEEDBACK_FILE));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('records a vote, changes it on a second press, and keeps one vote per rater per answer', () => {
    const store = open();
    expect(store.vote({ answer: 'k1', rated: JAPAN, userId: '111111111111111111', guild: 'g', value: 'up' })).toBe('recorded');
    expect(store.vote({ answer: 'k1', rated: JAPAN, userId: '111111111111111111', guild: 'g', value: 'up' })).toBe('unchanged');
    expect(store.vote({ answer: 'k1', rated: JAPAN, userId: '111111111111111111', guild: 'g', value: 'down' })).toBe('changed');
    const listing = store.list();
    expect(listing).toEqual({
      available: true,
      questions: [{ question: JAPAN.question, actor: 'japan', passageIds: ['jp-1', 'jp-2'], up: 0, down: 1, lastVote: '2026-03-01T10:00:00.000Z' }],
    });
    // Another rater on the same answer is a vote of their own.
    expect(store.vote({ answer: 'k1', rated: JAPAN, userId: '222222222222222222', value: 'down' })).toBe('recorded');
    expect(questionsOf(store)).toMatchObject([{ up: 0, down: 2 }]);
    store.close();
  });

  it('keeps votes and the salt across reopening', () => {
    const first = open();
    first.vote({ answer: 'k1', rated: EU, userId: '1', value: 'up' });
    const hash = first.raterHash('1');
    first.close();
    const second = open();
    expect(second.raterHash('1')).toBe(hash);
    expect(second.vote({ answer: 'k1', rated: EU, userId: '1', value: 'up' })).toBe('unchanged');
    second.close();
  });

  it('lists the worst-rated questions first, votes on the same question and passages counted together', () => {
    const store = open();
    store.vote({ answer: 'a', rated: EU, userId: '1', value: 'up' });
    store.vote({ answer: 'a', rated: EU, userId: '2', value: 'up' });
    store.vote({ answer: 'b', rated: US, userId: '1', value: 'down' });
    store.vote({ answer: 'c', rated: US, userId: '2', value: 'down' });
    store.vote({ answer: 'd', rated: JAPAN, userId: '1', value: 'down' });
    store.vote({ answer: 'd', rated: JAPAN, userId: '3', value: 'up' });
    const questions = questionsOf(store);
    expect(questions.map((q) => [q.question, q.up, q.down])).toEqual([
      [US.question, 0, 2],
      [JAPAN.question, 1, 1],
      [EU.question, 2, 0],
    ]);
    expect(questions[0]?.passageIds).toEqual(['us-9', 'us-3']);
    store.close();
  });

  it('lists only votes cast since a date', () => {
    const store = open();
    store.vote({ answer: 'a', rated: EU, userId: '1', value: 'down' });
    clock = Date.parse('2026-03-10T09:00:00Z');
    store.vote({ answer: 'b', rated: US, userId: '1', value: 'down' });
    expect(questionsOf(store, { since: new Date('2026-03-05') }).map((q) => q.question)).toEqual([US.question]);
    expect(questionsOf(store)).toHaveLength(2);
    store.close();
  });

  it('stores raters only as a salted hash, never the raw id, and differently in another install', async () => {
    const id = '123456789012345678';
    const store = open();
    store.vote({ answer: 'a', rated: EU, userId: id, value: 'up' });
    const hash = store.raterHash(id);
    expect(hash).not.toBe(id);
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    store.close();
    const file = await readFile(join(dir, FEEDBACK_FILE));
    const wal = await readFile(join(dir, `${FEEDBACK_FILE}-wal`)).catch(() => Buffer.alloc(0));
    expect(Buffer.concat([file, wal]).includes(id)).toBe(false);
    const db = new BetterSqlite3(join(dir, FEEDBACK_FILE));
    expect(db.prepare('SELECT rater FROM votes').all()).toEqual([{ rater: hash }]);
    db.close();
    const other = await mkdtemp(join(tmpdir(), 'policy-bot-feedback-'));
    const elsewhere = open(other);
    elsewhere.open();
    expect(elsewhere.raterHash(id)).not.toBe(hash);
    elsewhere.close();
    await rm(other, { recursive: true, force: true });
    expect(log.lines.join('\n')).not.toContain(id);
  });

  it('a corrupt file makes it unavailable: logged once, never thrown', async () => {
    await writeFile(join(dir, FEEDBACK_FILE), 'this is not a SQLite database, just text that fills the header and more of it');
    const store = open();
    expect(store.available).toBe(false);
    expect(store.vote({ answer: 'a', rated: EU, userId: '1', value: 'up' })).toBe('unavailable');
    expect(store.list()).toEqual({ available: false });
    const errors = log.lines.filter((l) => l.includes('feedback database unavailable'));
    expect(errors).toHaveLength(1);
  });

  it('a data folder that is a file makes it unavailable', async () => {
    const file = join(dir, 'data');
    await writeFile(file, 'not a folder');
    const store = open(file);
    expect(store.vote({ answer: 'a', rated: EU, userId: '1', value: 'down' })).toBe('unavailable');
    expect(store.list()).toEqual({ available: false });
  });

  it('a salt is never logged', () => {
    const store = open();
    store.open();
    const db = new BetterSqlite3(join(dir, FEEDBACK_FILE));
    const { value } = db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string };
    db.close();
    expect(value).toMatch(/^[0-9a-f]{64}$/u);
    expect(log.lines.join('\n')).not.toContain(value);
    store.close();
  });
});
