/**
 * The plans `/ingest` showed and that wait for Add or Cancel: a button's
 * custom id carries a short random key to the plan kept here with the id of
 * the member who asked, so that only they can add it. Bounded (oldest
 * dropped first) and expiring, like the page store: a plan not confirmed in
 * time is forgotten, and its buttons then say so.
 */
import { randomBytes } from 'node:crypto';
import type { IngestPlan } from '../commands/documents.ts';

/** A plan and who may confirm it. */
export interface PendingPlan {
  readonly plan: IngestPlan;
  /** The member who ran /ingest. */
  readonly owner: string;
}

/** Defaults: a quarter of an hour to read the summary and decide; a busy server's worth of uploads at once. */
export const DEFAULT_PLAN_TTL_MS = 15 * 60 * 1000;
export const DEFAULT_MAX_PLANS = 100;

/** Options of a {@link PlanStore}. */
export interface PlanStoreOptions {
  readonly maxEntries?: number;
  readonly ttlMs?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/** What a lookup found. */
export type PlanLookup = { readonly found: true; readonly pending: PendingPlan } | { readonly found: false; readonly why: 'expired' | 'not-owner' };

/** A bounded, expiring map from short keys to {@link PendingPlan}s. */
export class PlanStore {
  private readonly entries = new Map<string, { readonly pending: PendingPlan; readonly expires: number }>();
  readonly maxEntries: number;
  readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: PlanStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_PLANS;
    this.ttlMs = options.ttlMs ?? DEFAULT_PLAN_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Keeps `pending` and returns its key (16 URL-safe characters: not guessable from another member's buttons). */
  put(pending: PendingPlan): string {
    let key: string;
    do key = randomBytes(12).toString('base64url').slice(0, 16);
    while (this.entries.has(key));
    this.entries.set(key, { pending, expires: this.now() + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /**
   * Removes and returns the plan under `key` when `user` owns it: a plan is
   * confirmed or cancelled once. Another member's press leaves it in place.
   */
  take(key: string, user: string): PlanLookup {
    const entry = this.entries.get(key);
    if (entry === undefined) return { found: false, why: 'expired' };
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return { found: false, why: 'expired' };
    }
    if (entry.pending.owner !== user) return { found: false, why: 'not-owner' };
    this.entries.delete(key);
    return { found: true, pending: entry.pending };
  }

  /** How many plans are held (expired ones included until looked up or pushed out). */
  get size(): number {
    return this.entries.size;
  }
}
