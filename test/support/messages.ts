/**
 * MESSAGE_CREATE payloads as Discord sends them to a bot with the Guild
 * Messages intent: a member's message with its `mentions` (the bot among
 * them when it is pinged, which a reply does by default), a reply's
 * `message_reference` and `referenced_message`, in a channel or a thread.
 */
import type { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';
import type { TestUser } from '../../fixtures/discord/interactions.ts';
import { nextSnowflake } from '../../fixtures/discord/snowflakes.ts';

/** How a member's message is sent. */
export interface MessageOptions {
  /** Whether the bot is in `mentions` (a reply that pings it, or a written @mention; put `<@id>` in the text for the latter). */
  readonly mentionsBot?: boolean;
  /** The message this one replies to (a message the fake recorded, or any payload). */
  readonly replyTo?: Record<string, unknown>;
  /** The channel or thread (default: the fake's channel). */
  readonly channelId?: string;
  /** Sent by a bot account. */
  readonly bot?: boolean;
}

/** The bot's own user payload. */
export function botUser(fake: FakeDiscord): Record<string, unknown> {
  return { id: fake.botUserId, username: 'policy-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
}

/** A member's (or, with `bot`, a bot's) message saying `content`. */
export function userMessage(fake: FakeDiscord, user: TestUser, content: string, options: MessageOptions = {}): Record<string, unknown> {
  const channelId = options.channelId ?? fake.channelId;
  const reply = options.replyTo;
  return {
    id: nextSnowflake(),
    channel_id: channelId,
    guild_id: fake.guildId,
    author: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: options.bot === true },
    member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', nick: null, deaf: false, mute: false, flags: 0, pending: false },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionsBot === true ? [botUser(fake)] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: reply === undefined ? 0 : 19,
    flags: 0,
    ...(reply === undefined
      ? {}
      : { message_reference: { type: 0, message_id: reply['id'], channel_id: reply['channel_id'], guild_id: fake.guildId }, referenced_message: reply }),
  };
}

/** A message the bot itself sent (as Discord echoes it back to the bot). */
export function ownMessage(fake: FakeDiscord, content: string): Record<string, unknown> {
  return { ...fake.botMessage({ content, guild_id: fake.guildId, mentions: [botUser(fake)] }) };
}
