/**
 * The page store behind "More results" and page buttons: a question can be
 * 6,000 characters and a button's custom id only 100, so the button carries a
 * short random key to the command and options kept here; a press runs them
 * again for the page it asks (every paged reply, `/ask` included, the same
 * way). Bounded (oldest dropped first) and expiring, so memory stays flat
 * however many questions are asked.
 */
import type { RatedAnswer } from '../feedback/store.ts';
import { DEFAULT_MAX_ENTRIES, DEFAULT_TTL_MS, ExpiringStore, type ExpiringStoreOptions } from './expiring-store.ts';

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
export const DEFAULT_MAX_PAGES = DEFAULT_MAX_ENTRIES;
export const DEFAULT_PAGE_TTL_MS = DEFAULT_TTL_MS;

/** Options of a {@link PageStore}. */
export type PageStoreOptions = ExpiringStoreOptions;

/** A bounded, expiring map from short keys to {@link PageQuery}s. */
export class PageStore extends ExpiringStore<PageQuery> {}
