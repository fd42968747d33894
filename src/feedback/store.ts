/**
 * Ratings of answers (👍 / 👎), kept in an embedded SQLite database
 * (`feedback.sqlite` under the data folder). One vote per rater per answer: a
 * second press replaces the first. Raters are stored only as a hash of their
 * id with a salt made once per install and kept in the database, so the table
 * never holds a Discord id. A database that cannot be opened or written (a
 * read-only folder, a corrupt file, a data folder that is a file) makes the
 * store unavailable: that is logged once, and every call answers
 * "unavailable" instead of throwing, so the bot keeps answering.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { InternalError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { migrate } from './migrations.ts';

/** The database file inside the data folder. */
export const FEEDBACK_FILE = 'feedback.sqlite';

/** An answer as rated: what was asked and which passages answered it. */
export interface RatedAnswer {
  readonly question: string;
  /** The passage ids shown, in order. */
  readonly passageIds: readonly string[];
  /** The actor the question was narrowed to, if any. */
  readonly actor?: string;
}

/** One press of 👍 or 👎. */
export interface Vote {
  /** The answer's key: the same for every press on one message. */
  readonly answer: string;
  readonly rated: RatedAnswer;
  /** The rater's Discord id: hashed before it is stored. */
  readonly userId: string;
  readonly guild?: string;
  readonly value: 'up' | 'down';
}

/** What a vote did. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unavailable';

/** A rated question as listed for whoever curates the knowledge folder. */
export interface RatedQuestion {
  readonly question: string;
  readonly actor?: string;
  readonly passageIds: readonly string[];
  readonly up: number;
  readonly down: number;
  /** ISO time of the latest vote. */
  readonly lastVote: string;
}

/** The listing, or why there is none. */
export type FeedbackListing = { readonly available: true; readonly questions: readonly RatedQuestion[] } | { readonly available: false };

/** Options of a {@link FeedbackStore}. */
export interface FeedbackStoreOptions {
  /** The data folder (config DATA_DIR). */
  readonly dataDir: string;
  readonly logger: Logger;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/** The feedback database. Opened (and migrated) on {@link open} or the first call. */
export class FeedbackStore {
  private db: Database | undefined;
  private failed = false;
  private salt = '';
  private readonly now: () => number;

  constructor(private readonly options: FeedbackStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Opens and migrates the database; false (logged once) when it cannot be. */
  open(): boolean {
    if (this.db !== undefined) return true;
    if (this.failed) return false;
    let db: Database | undefined;
    try {
      mkdirSync(this.options.dataDir, { recursive: true });
      db = new BetterSqlite3(join(this.options.dataDir, FEEDBACK_FILE));
      db.pragma('journal_mode = WAL');
      migrate(db);
      this.salt = saltOf(db);
      this.db = db;
      return true;
    } catch (error) {
      db?.close();
      this.unavailable(error, 'open');
      return false;
    }
  }

  /** Whether votes can be stored. */
  get available(): boolean {
    return this.open();
  }

  /** Stores a vote, replacing the rater's earlier vote on the same answer. */
  vote(vote: Vote): VoteOutcome {
    if (!this.open() || this.db === undefined) return 'unavailable';
    const db = this.db;
    try {
      const rater = this.raterHash(vote.userId);
      const value = vote.value === 'up' ? 1 : -1;
      return db.transaction((): VoteOutcome => {
        const before = db.prepare('SELECT value FROM votes WHERE answer = ? AND rater = ?').get(vote.answer, rater) as { value: number } | undefined;
        db.prepare(
          `INSERT INTO votes (answer, rater, question, passages, actor, guild, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (answer, rater) DO UPDATE SET value = excluded.value, at = excluded.at`,
        ).run(vote.answer, rater, vote.rated.question, JSON.stringify(vote.rated.passageIds), vote.rated.actor ?? null, vote.guild ?? null, value, this.now());
        if (before === undefined) return 'recorded';
        return before.value === value ? 'unchanged' : 'changed';
      })();
    } catch (error) {
      this.unavailable(error, 'write');
      return 'unavailable';
    }
  }

  /**
   * The rated questions, worst first (most 👎 over 👍, then most 👎), each
   * with the passages shown. Votes on the same question, actor and passages
   * count together, whichever message they were pressed on.
   */
  list(options: { readonly since?: Date } = {}): FeedbackListing {
    if (!this.open() || this.db === undefined) return { available: false };
    try {
      const rows = this.db
        .prepare(
          `SELECT question, actor, passages, SUM(value = 1) AS up, SUM(value = -1) AS down, MAX(at) AS last
           FROM votes WHERE at >= ? GROUP BY question, actor, passages
           ORDER BY (SUM(value = 1) - SUM(value = -1)) ASC, down DESC, last DESC`,
        )
        .all(options.since?.getTime() ?? 0) as { question: string; actor: string | null; passages: string; up: number; down: number; last: number }[];
      return {
        available: true,
        questions: rows.map((r) => ({
          question: r.question,
          ...(r.actor === null ? {} : { actor: r.actor }),
          passageIds: parsePassageIds(r.passages),
          up: r.up,
          down: r.down,
          lastVote: new Date(r.last).toISOString(),
        })),
      };
    } catch (error) {
      this.unavailable(error, 'read');
      return { available: false };
    }
  }

  /** Closes the database (at shutdown). */
  close(): void {
    this.db?.close();
    this.db = undefined;
  }

  /** The stored form of a rater id: a salted SHA-256, never the id itself. Only while the store is available (the salt is in the database). */
  raterHash(userId: string): string {
    if (!this.open()) throw new InternalError('policy-bot: a rater hash was asked of an unavailable feedback store');
    return createHash('sha256').update(this.salt).update(userId).digest('hex');
  }

  /** Turns the store off for good after a failure, logging it once (the path and the error, never the salt). */
  private unavailable(error: unknown, during: 'open' | 'read' | 'write'): void {
    if (!this.failed) this.options.logger.error({ dataDir: this.options.dataDir, during, err: error }, 'feedback database unavailable: ratings are off');
    this.failed = true;
    this.db?.close();
    this.db = undefined;
  }
}

/** The install's salt: made on first open and kept in the database. */
function saltOf(db: Database): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string } | undefined;
  if (row !== undefined) return row.value;
  const salt = randomBytes(32).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('salt', ?)").run(salt);
  return salt;
}

/** Passage ids as stored (a JSON array written by {@link FeedbackStore.vote}); anything else is read as none. */
function parsePassageIds(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
