/**
 * A bounded, expiring map from short keys to values: what the fronts keep
 * between one message and the next (the page store's queries, the
 * conversations that follow-ups continue). Bounded (oldest dropped first) and
 * expiring, so memory stays flat however many questions are asked.
 */
import { randomBytes } from 'node:crypto';

/** Defaults: a day's worth of questions of a busy team, for as long as a discussion lasts. */
export const DEFAULT_MAX_ENTRIES = 5000;
export const DEFAULT_TTL_MS = 60 * 60 * 1000;

/** Options of an {@link ExpiringStore}. */
export interface ExpiringStoreOptions {
  readonly maxEntries?: number;
  readonly ttlMs?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** How long a key is, in URL-safe characters (default 10); a key another member must not guess is longer. */
  readonly keyChars?: number;
}

/** A bounded, expiring map. */
export class ExpiringStore<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly expires: number }>();
  private readonly maxEntries: number;
  /** How long an entry is kept, in milliseconds. */
  readonly ttlMs: number;
  private readonly now: () => number;
  private readonly keyChars: number;

  constructor(options: ExpiringStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.now = options.now ?? Date.now;
    this.keyChars = options.keyChars ?? 10;
  }

  /** Keeps `value` under a new random key and returns the key. */
  put(value: V): string {
    let key: string;
    do
      key = randomBytes(Math.ceil((this.keyChars * 3) / 4))
        .toString('base64url')
        .slice(0, this.keyChars);
    while (this.entries.has(key));
    this.set(key, value);
    return key;
  }

  /** Keeps `value` under `key` (replacing what was there, which then counts as new). */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    // A Map iterates in insertion order: the first entries are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** The value under `key`, or undefined when it is unknown or has expired. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Forgets the entry under `key`, if any. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** How many entries are held (expired ones included until looked up or pushed out). */
  get size(): number {
    return this.entries.size;
  }
}
