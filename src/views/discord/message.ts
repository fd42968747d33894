/**
 * The shape every Discord renderer returns: a plain, JSON-ready message that
 * discord.js's `reply`, `editReply`, `followUp` and `update` accept as it is.
 */
import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, MessageFlags } from 'discord.js';
import type { Delivery } from '../../replies.ts';

/** Whom a message may ping: nobody (`parse: []`), or exactly the users listed. */
export type AllowedMentions = { readonly parse: [] } | { readonly users: [string] };

/** A file attached to a message (a timeline's or comparison's picture, see ../../discord/picture-reply.ts), as discord.js's `files` takes it. */
export interface DiscordFile {
  readonly attachment: Buffer;
  readonly name: string;
  /** Alt text (at most 1024 characters). */
  readonly description?: string;
}

/** One message, within Discord's limits (see limits.ts). */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowedMentions: AllowedMentions;
  /** {@link MessageFlags.Ephemeral} when only the asker is to see it. */
  readonly flags?: MessageFlags.Ephemeral;
}

/** The mentions a delivery allows: only the user it points at, or nobody. */
export function allowedMentionsOf(delivery: Delivery | undefined): AllowedMentions {
  return delivery?.mention === undefined ? { parse: [] } : { users: [delivery.mention] };
}

/** The flags of a delivery: ephemeral when hidden. */
export function flagsOf(delivery: Delivery | undefined): { flags?: MessageFlags.Ephemeral } {
  return delivery?.hide === true ? { flags: MessageFlags.Ephemeral } : {};
}

/** The mention that starts a message pointed at a colleague, or nothing. */
export function mentionPrefix(delivery: Delivery | undefined): string {
  return delivery?.mention === undefined ? '' : `<@${delivery.mention}> `;
}

/** What a renderer needs besides the reply: set by the front. */
export interface DiscordRenderContext {
  /** The page-store key under which this answer's next page can be asked for ("More results"); none, no button. */
  readonly pageKey?: string;
  /** Which page (0-based) of a long structured answer to show. */
  readonly page?: number;
  /** The key under which the front keeps an `/ingest` plan: its Add and Cancel buttons carry it; none, no buttons. */
  readonly planKey?: string;
  /** The key under which the front keeps an `/ask` answer to be rated: its 👍 / 👎 buttons carry it; none, no rating buttons. */
  readonly rateKey?: string;
}
