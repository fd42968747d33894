/**
 * The conversations follow-ups continue, kept in the same bounded, expiring
 * store as the pages: by the id of the bot's answer message (a reply to it),
 * by thread (a thread made from an answer), and by a short key (the "Follow
 * up in a thread" button, which may sit on a slash command's answer whose
 * message id the bot never learns).
 */
import { randomBytes } from 'node:crypto';
import type { ConversationContext } from '../conversation/follow-up.ts';
import { ExpiringStore } from './expiring-store.ts';

/** Where a conversation is kept. */
export type ConversationKey = { readonly message: string } | { readonly thread: string } | { readonly key: string };

function keyOf(at: ConversationKey): string {
  return 'message' in at ? `message:${at.message}` : 'thread' in at ? `thread:${at.thread}` : `key:${at.key}`;
}

/** A bounded, expiring map from answers, threads and button keys to {@link ConversationContext}s. */
export class ConversationStore {
  private readonly store: ExpiringStore<ConversationContext>;

  constructor(store: ExpiringStore<ConversationContext> = new ExpiringStore()) {
    this.store = store;
  }

  /** Keeps `context` for a button and returns the button's key. */
  put(context: ConversationContext): string {
    // 60 random bits: a clash within a store of thousands is not a concern.
    const key = randomBytes(8).toString('base64url').slice(0, 10);
    this.store.set(keyOf({ key }), context);
    return key;
  }

  /** Keeps `context` at `at`. */
  set(at: ConversationKey, context: ConversationContext): void {
    this.store.set(keyOf(at), context);
  }

  /** The context at `at`, or undefined when it is unknown or has expired. */
  get(at: ConversationKey): ConversationContext | undefined {
    return this.store.get(keyOf(at));
  }
}
