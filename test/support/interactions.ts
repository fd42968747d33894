/**
 * INTERACTION_CREATE payloads as Discord sends them, with the fields
 * discord.js needs (entitlements, authorizing_integration_owners,
 * member.user, data.type, message for components, focused for autocomplete).
 */
import type { AttachmentPayload, FakeDiscord } from './fake-discord.ts';
import { nextSnowflake } from './snowflakes.ts';

/** Discord's option type numbers. */
export const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, user: 6, attachment: 11 } as const;

/** One option as sent: `focused` marks the one being typed (autocomplete). */
export interface SentOption {
  readonly name: string;
  readonly type: (typeof OPTION_TYPE)[keyof typeof OPTION_TYPE];
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

/** A guild member who sends interactions. */
export interface TestUser {
  readonly id: string;
  readonly username: string;
  /** Permission bits as a decimal string (0: none; 32 = Manage Server). */
  readonly permissions?: string;
  /** The guild the user's interactions come from (default: the fake's own guild). */
  readonly guildId?: string;
}

/** A new test user, in `guildId` if given. */
export function testUser(username: string, permissions = '0', guildId?: string): TestUser {
  return { id: nextSnowflake(), username, permissions, ...(guildId === undefined ? {} : { guildId }) };
}

/** A user's payload. */
function userPayload(user: TestUser): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: false };
}

/** Everything interactions have in common. */
function base(fake: FakeDiscord, type: number, user: TestUser, rest: Record<string, unknown>): { id: string; token: string } & Record<string, unknown> {
  const id = nextSnowflake();
  const guildId = user.guildId ?? fake.guildId;
  return {
    id,
    token: `interaction-token-${id}`,
    application_id: fake.applicationId,
    type,
    guild_id: guildId,
    channel_id: fake.channelId,
    channel: { id: fake.channelId, type: 0, guild_id: guildId, name: 'general', permissions: '2248473465835073' },
    guild: { id: guildId, locale: 'en-US', features: [] },
    member: {
      user: userPayload(user),
      roles: [],
      permissions: user.permissions ?? '0',
      joined_at: '2024-01-01T00:00:00.000Z',
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    },
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...rest,
  };
}

/**
 * A slash command. `users` resolves user options and `attachments` attachment
 * options (an option's value is the id; Discord sends the objects in `data.resolved`).
 */
export function slashCommand(
  fake: FakeDiscord,
  user: TestUser,
  name: string,
  options: readonly SentOption[] = [],
  users: readonly TestUser[] = [],
  attachments: readonly AttachmentPayload[] = [],
) {
  const resolvedUsers = users.length === 0 ? {} : { users: Object.fromEntries(users.map((u) => [u.id, userPayload(u)])) };
  const resolvedAttachments = attachments.length === 0 ? {} : { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) };
  const resolved = users.length + attachments.length === 0 ? {} : { resolved: { ...resolvedUsers, ...resolvedAttachments } };
  return base(fake, 2, user, { data: { id: nextSnowflake(), name, type: 1, guild_id: fake.guildId, options, ...resolved } });
}

/** An autocomplete request while `focused` is being typed. */
export function autocomplete(fake: FakeDiscord, user: TestUser, name: string, focused: SentOption, others: readonly SentOption[] = []) {
  return base(fake, 4, user, { data: { id: nextSnowflake(), name, type: 1, guild_id: fake.guildId, options: [...others, { ...focused, focused: true }] } });
}

/** A press of the button `customId` on the bot's message `message` (as the fake stored it, or any message payload). */
export function buttonPress(fake: FakeDiscord, user: TestUser, customId: string, message: Record<string, unknown> = {}) {
  return base(fake, 3, user, {
    data: { custom_id: customId, component_type: 2 },
    // Type 20: a reply to a slash command, which is what carries the bot's buttons.
    message: fake.botMessage({ type: 20, ...message }),
  });
}
