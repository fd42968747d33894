/**
 * The page store behind "More results" and page buttons: a question can be
 * 6,000 characters and a button's custom id only 100, so the button carries a
 * short random key to the command and options kept here; a press runs them
 * again for the page it asks (every paged reply, `/ask` included, the same
 * way). Bounded (oldest dropped first) and expiring, so memory stays flat
 * however many questions are asked.
 */
import { randomBytes } from 'node:crypto';
import type { RatedAnswer } from '../feedback/store.ts';

/** What a page key stands for: the command that made a paged reply, run again with the same options for another page. */
export interface PageQuery {
  readonly command: string;
  /** The options as the user sent them. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Who asked: only they page the message in place; others get the page privately. */
  readonly owner: string;
  /** Set on the entry an `/ask` answer's 👍 / 👎 buttons point at: what was asked and which passages answered. */
  readonly answer?: RatedAnswer;
}

/** Defaults: a day's worth of questions of a busy team, for as long as a discussion lasts. */
export const DEFAULT_MAX_PAGES = 5000;
export const DEFAULT_PAGE_TTL_MS = 60 * 60 * 1000;

/** Options of a {@link PageStore}. */
export interface PageStoreOptions {
  readonly maxEntries?: number;
  readonly ttlMs?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/** A bounded, expiring map from short keys to {@link PageQuery}s. */
export class PageStore {
  private readonly entries = new Map<string, { readonly query: PageQuery; readonly expires: number }>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: PageStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_PAGES;
    this.ttlMs = options.ttlMs ?? DEFAULT_PAGE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Keeps `query` and returns its key (10 URL-safe characters). */
  put(query: PageQuery): string {
    let key: string;
    do key = randomBytes(8).toString('base64url').slice(0, 10);
    while (this.entries.has(key));
    this.entries.set(key, { query, expires: this.now() + this.ttlMs });
    // A Map iterates in insertion order: the first entries are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** The query under `key`, or undefined when it is unknown or has expired. */
  get(key: string): PageQuery | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.query;
  }

  /** How many entries are held (expired ones included until looked up or pushed out). */
  get size(): number {
    return this.entries.size;
  }
}
