/**
 * The plans `/ingest` showed and that wait for Add or Cancel: a button's
 * custom id carries a short random key to the plan kept here with the id of
 * the member who asked, so that only they can add it. Bounded (oldest
 * dropped first) and expiring, like the page store: a plan not confirmed in
 * time is forgotten, and its buttons then say so.
 */
import type { IngestPlan } from '../commands/documents.ts';
import { ExpiringStore, type ExpiringStoreOptions } from './expiring-store.ts';

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
export type PlanStoreOptions = Omit<ExpiringStoreOptions, 'keyChars'>;

/** What a lookup found. */
export type PlanLookup = { readonly found: true; readonly pending: PendingPlan } | { readonly found: false; readonly why: 'expired' | 'not-owner' };

/** A bounded, expiring map from short keys to {@link PendingPlan}s, taken once by their owner. */
export class PlanStore {
  /** Keys of 16 URL-safe characters: not guessable from another member's buttons. */
  private readonly store: ExpiringStore<PendingPlan>;

  constructor(options: PlanStoreOptions = {}) {
    this.store = new ExpiringStore({ maxEntries: DEFAULT_MAX_PLANS, ttlMs: DEFAULT_PLAN_TTL_MS, ...options, keyChars: 16 });
  }

  /** How long a plan waits for Add or Cancel, in milliseconds. */
  get ttlMs(): number {
    return this.store.ttlMs;
  }

  /** Keeps `pending` and returns its key. */
  put(pending: PendingPlan): string {
    return this.store.put(pending);
  }

  /**
   * Removes and returns the plan under `key` when `user` owns it: a plan is
   * confirmed or cancelled once. Another member's press leaves it in place.
   */
  take(key: string, user: string): PlanLookup {
    const pending = this.store.get(key);
    if (pending === undefined) return { found: false, why: 'expired' };
    if (pending.owner !== user) return { found: false, why: 'not-owner' };
    this.store.delete(key);
    return { found: true, pending };
  }

  /** How many plans are held (expired ones included until looked up or pushed out). */
  get size(): number {
    return this.store.size;
  }
}
