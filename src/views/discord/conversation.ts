/**
 * The Discord side of conversations: the "Follow up in a thread" and "Show in
 * channel" buttons (their custom ids carry a short key into a store, like
 * "More results"), the note that says what a follow-up carried over, and the
 * shape of a message sent as a reply to a member's message (pinging nobody).
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Carried } from '../../conversation/follow-up.ts';
import { buttonRows } from './buttons.ts';
import { escapeDiscord } from './escape.ts';
import { fitText, LIMITS } from './limits.ts';
import type { DiscordMessage } from './message.ts';

/** What a conversation button asks for: a thread for follow-ups to the answer kept under `key`, or the private answer under `key` shown to the channel. */
export type ConversationAction = { readonly kind: 'thread' | 'show'; readonly key: string };

const ID = /^(thread|show):([\w-]{1,40})$/u;

/** The custom id of a conversation button. */
export function conversationButtonId(action: ConversationAction): string {
  return `${action.kind}:${action.key}`;
}

/** What a custom id asks for, or undefined when it is not a conversation button. */
export function parseConversationButton(customId: string): ConversationAction | undefined {
  const m = ID.exec(customId);
  return m?.[2] === undefined ? undefined : { kind: m[1] === 'thread' ? 'thread' : 'show', key: m[2] };
}

const LABELS: Record<ConversationAction['kind'], string> = { thread: 'Follow up in a thread', show: 'Show in channel' };

/** `message` with the conversation button for `action` added after its other buttons (where five rows leave room). */
export function withConversationButton<M extends DiscordMessage | Omit<DiscordMessage, 'flags'>>(message: M, action: ConversationAction): M {
  const button: APIButtonComponent = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: LABELS[action.kind],
    custom_id: conversationButtonId(action),
  };
  // The 👍 / 👎 row stays a row of its own, last; the new button joins the others above it.
  const isRating = (row: APIActionRowComponent<APIButtonComponent>): boolean => row.components.some((c) => 'custom_id' in c && c.custom_id.startsWith('rate:'));
  const rating = message.components.filter(isRating);
  const buttons = message.components.filter((row) => !isRating(row)).flatMap((row: APIActionRowComponent<APIButtonComponent>) => row.components);
  const rows = [...buttonRows([...buttons, button]), ...rating];
  // Discord takes at most five rows: an answer that fills them keeps its own buttons and goes without this one.
  return rows.length > LIMITS.rows ? message : { ...message, components: rows };
}

/** What an empty reply to an answer gets: the text of a reply reaches the bot only while the reply pings it. */
export const EMPTY_REPLY_HINT =
  'I only see the text of a reply that mentions me. Reply with the mention on (the @ button next to the reply box), or write @policy-bot and your question.';

/** The note on a follow-up to an answer no longer remembered. */
export const EXPIRED_CONTEXT_NOTE = 'That earlier answer is no longer remembered (answers are kept for an hour): answered as a new question.';

/** The most characters of the carried topic echoed in the note. */
const TOPIC_ECHO_CHARS = 150;

/** The note that says what a follow-up carried over from the conversation, or undefined when it carried nothing. */
export function carriedNote(carried: Carried, topic: string, actorName: string | undefined): string | undefined {
  const parts = [
    ...(carried.actor === undefined || actorName === undefined ? [] : [`about ${escapeDiscord(actorName)}`]),
    ...(carried.words ? [`on “${fitText(topic, TOPIC_ECHO_CHARS, escapeDiscord)}”`] : []),
  ];
  return parts.length === 0 ? undefined : `Following up ${parts.join(', ')}.`;
}

/** `message` with `notes` as small lines above its text (within the content limit). */
export function withNotes<M extends { readonly content?: string }>(message: M, notes: readonly (string | undefined)[]): M {
  const lines = notes.filter((n): n is string => n !== undefined).map((n) => `-# ${n}`);
  if (lines.length === 0) return message;
  const content = [...lines, message.content ?? ''].join('\n');
  return { ...message, content: content.length <= LIMITS.content ? content : (message.content ?? '') };
}

/**
 * A rendered message as a reply to a member's message: never ephemeral (a
 * channel message cannot be), pinging nobody, not even the member replied to.
 */
export function asMessageReply(message: DiscordMessage | Omit<DiscordMessage, 'flags'>): Omit<DiscordMessage, 'flags' | 'allowedMentions'> & {
  readonly allowedMentions: { readonly parse: []; readonly repliedUser: false };
} {
  const { flags: _flags, allowedMentions: _mentions, ...rest } = message as DiscordMessage;
  return { ...rest, allowedMentions: { parse: [], repliedUser: false } };
}
