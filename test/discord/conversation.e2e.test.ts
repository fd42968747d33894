/**
 * End to end on the loopback Discord: asking by mention, following up by
 * reply and in a thread, "Ask policy-bot" on a message, and what is never
 * answered. Assertions are on the messages the bot created, as the fake
 * received them.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_CONTEXT_NOTE, EMPTY_REPLY_HINT } from '../../src/views/discord/conversation.ts';
import { threadStartedText } from '../../src/discord/conversation-interactions.ts';
import { RATE_LIMITED_PREFIX } from '../../src/discord/throttle.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { buttonPress, messageMenuCommand, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { ownMessage, userMessage } from '../support/messages.ts';

type Embed = { author?: { name?: string }; title?: string };
type Sent = Record<string, unknown> & {
  content?: string;
  embeds?: Embed[];
  components?: { components: { custom_id: string; label: string }[] }[];
  message_reference?: { message_id: string };
  sent_allowed_mentions?: unknown;
  channel_id?: string;
};
type CallbackData = { content?: string; flags?: number; embeds?: Embed[]; components?: Sent['components'] };

const EPHEMERAL = 64;
const alice = testUser('alice');

/** Sends `message` as MESSAGE_CREATE and resolves to the bot's reply to it. */
async function replyTo(bot: BotHarness, message: Record<string, unknown>): Promise<Sent> {
  bot.fake.dispatch('MESSAGE_CREATE', message);
  return (await bot.fake.waitForMessage((m) => (m as Sent).message_reference?.message_id === message['id'])) as Sent;
}

const buttons = (m: { components?: Sent['components'] }): { custom_id: string; label: string }[] => (m.components ?? []).flatMap((r) => r.components);
const authors = (m: { embeds?: Embed[] }): (string | undefined)[] => (m.embeds ?? []).map((e) => e.author?.name);

describe('asking by mention and following up', () => {
  let bot: BotHarness;
  let mention: `<@${string}>`;
  beforeAll(async () => {
    bot = await startBot();
    mention = `<@${bot.fake.botUserId}>`;
  });
  afterAll(async () => bot.stop());

  it('requests the Guild Messages intent, not Message Content', () => {
    const intents = Number(bot.fake.identifies[0]?.['intents']);
    expect(intents & GatewayIntentBits.GuildMessages).toBe(GatewayIntentBits.GuildMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers a mention as a reply with the /ask embeds and buttons, pinging nobody', async () => {
    const asked = userMessage(bot.fake, alice, `${mention} What does Japan say about capacity building?`, { mentionsBot: true });
    const answer = await replyTo(bot, asked);
    expect(answer.content).toContain('**Q:** What does Japan say about capacity building?');
    expect(answer.content).not.toContain('<@');
    expect(answer.embeds?.length).toBeGreaterThan(0);
    expect(authors(answer).every((a) => a === 'Japan')).toBe(true);
    expect(buttons(answer).map((b) => b.label)).toEqual(expect.arrayContaining(['Full passage 1', 'Follow up in a thread']));
    expect(answer.sent_allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(answer.channel_id).toBe(bot.fake.channelId);
    // The same answer /ask gives.
    const slash = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What does Japan say about capacity building?' }]),
    );
    const data = slash.body.data as CallbackData;
    expect(answer.embeds).toEqual(data.embeds);
  });

  it('carries the actor over to a reply that names none, and replaces it in one that does', async () => {
    const first = await replyTo(bot, userMessage(bot.fake, alice, `${mention} What does Japan say about capacity building?`, { mentionsBot: true }));
    const partners = await replyTo(bot, userMessage(bot.fake, alice, 'and what about its partners?', { mentionsBot: true, replyTo: first }));
    expect(partners.content).toContain('Following up about Japan');
    expect(partners.embeds?.length).toBeGreaterThan(0);
    expect(authors(partners).every((a) => a === 'Japan')).toBe(true);

    const us = await replyTo(bot, userMessage(bot.fake, alice, 'what does the US say?', { mentionsBot: true, replyTo: first }));
    expect(us.content).toContain('Following up on “What does Japan say about capacity building?”');
    expect(us.embeds?.length).toBeGreaterThan(0);
    expect(authors(us).every((a) => a === 'United States')).toBe(true);
    // A chain: a reply to the follow-up keeps the actor the follow-up had.
    const chained = await replyTo(bot, userMessage(bot.fake, alice, 'and its partners?', { mentionsBot: true, replyTo: us }));
    expect(chained.embeds?.length).toBeGreaterThan(0);
    expect(authors(chained).every((a) => a === 'United States')).toBe(true);
  });

  it('follows up a reply to a slash /ask answer, known by its thread button', async () => {
    const slash = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What does Japan say about capacity building?' }]),
    );
    const data = slash.body.data as CallbackData;
    expect(buttons(data).map((b) => b.label)).toContain('Follow up in a thread');
    const answer = bot.fake.botMessage({ ...data, type: 20, guild_id: bot.fake.guildId });
    const partners = await replyTo(bot, userMessage(bot.fake, alice, 'and what about its partners?', { mentionsBot: true, replyTo: answer }));
    expect(partners.content).toContain('Following up about Japan');
    expect(partners.embeds?.length).toBeGreaterThan(0);
    expect(authors(partners).every((a) => a === 'Japan')).toBe(true);
  });

  it('follows up in a thread made from an answer', async () => {
    const first = await replyTo(bot, userMessage(bot.fake, alice, `${mention} What does Japan say about capacity building?`, { mentionsBot: true }));
    const thread = buttons(first).find((b) => b.label === 'Follow up in a thread');
    const pressed = await bot.fake.interact(buttonPress(bot.fake, alice, thread?.custom_id ?? '', first));
    expect(pressed.body.data).toMatchObject({ flags: EPHEMERAL, content: threadStartedText(String(first['id'])) });
    const made = bot.fake.threads.find((t) => t['id'] === first['id']);
    expect(made).toMatchObject({ parent_id: bot.fake.channelId, name: 'What does Japan say about capacity building?' });
    const inThread = await replyTo(
      bot,
      userMessage(bot.fake, alice, `${mention} and what about its partners?`, { mentionsBot: true, channelId: String(first['id']) }),
    );
    expect(inThread.channel_id).toBe(first['id']);
    expect(inThread.content).toContain('Following up about Japan');
    expect(inThread.embeds?.length).toBeGreaterThan(0);
    expect(authors(inThread).every((a) => a === 'Japan')).toBe(true);
    // In the thread, no button to make another one.
    expect(buttons(inThread).map((b) => b.label)).not.toContain('Follow up in a thread');
  });

  it('answers a bare mention with the help, an empty reply with a hint, and an expired one as a fresh question', async () => {
    const help = await replyTo(bot, userMessage(bot.fake, alice, mention, { mentionsBot: true }));
    expect(help.embeds?.[0]?.title).toBe('What policy-bot knows');
    expect(help.flags).toBe(0);

    const first = await replyTo(bot, userMessage(bot.fake, alice, `${mention} What does Japan say about capacity building?`, { mentionsBot: true }));
    // A reply that does not ping the bot reaches it without its text.
    const empty = await replyTo(bot, userMessage(bot.fake, alice, '', { replyTo: first }));
    expect(empty.content ?? JSON.stringify(empty.embeds)).toContain(EMPTY_REPLY_HINT.slice(0, 40));

    const forgotten = bot.fake.botMessage({ content: '**Q:** an answer from before a restart', guild_id: bot.fake.guildId });
    const fresh = await replyTo(bot, userMessage(bot.fake, alice, 'What does Japan say about capacity building?', { mentionsBot: true, replyTo: forgotten }));
    expect(fresh.content).toContain(EXPIRED_CONTEXT_NOTE.slice(0, 40));
    expect(fresh.embeds?.length).toBeGreaterThan(0);
    expect(authors(fresh).every((a) => a === 'Japan')).toBe(true);
  });

  it('never answers its own messages or other bots', async () => {
    const own = ownMessage(bot.fake, `${mention} What does Japan say about capacity building?`);
    const otherBot = userMessage(bot.fake, testUser('otherbot'), `${mention} What does Japan say about capacity building?`, { mentionsBot: true, bot: true });
    bot.fake.dispatch('MESSAGE_CREATE', own);
    bot.fake.dispatch('MESSAGE_CREATE', otherBot);
    // Messages are handled in order: once the next one is answered, the two before it have been passed over.
    await replyTo(bot, userMessage(bot.fake, alice, `${mention} What is NIS2?`, { mentionsBot: true }));
    const answered = new Set(bot.fake.channelMessages.map((m) => (m as Sent).message_reference?.message_id));
    expect(answered.has(String(own['id']))).toBe(false);
    expect(answered.has(String(otherBot['id']))).toBe(false);
  });

  it('answers "Ask policy-bot" on a message privately, with a button to show it to the channel', async () => {
    const target = userMessage(bot.fake, testUser('bob'), 'Japan is building capacity with partners in the region.');
    const menu = await bot.fake.interact(messageMenuCommand(bot.fake, alice, 'Ask policy-bot', target));
    const data = menu.body.data as CallbackData;
    expect(menu.body.type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('**Q:** Japan is building capacity with partners in the region.');
    expect(data.embeds?.length).toBeGreaterThan(0);
    const show = buttons(data).find((b) => b.label === 'Show in channel');
    const shown = await bot.fake.interact(buttonPress(bot.fake, alice, show?.custom_id ?? '', { flags: EPHEMERAL, ...data }));
    const public_ = shown.body.data as CallbackData & { allowed_mentions?: unknown };
    expect(shown.body.type).toBe(4);
    expect(public_.flags ?? 0).toBe(0);
    expect(public_.embeds).toEqual(data.embeds);
    expect(public_.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('mention-asking limits and switch', () => {
  it('obeys the rate limits of slash commands', async () => {
    const bot = await startBot({ env: { RATE_LIMIT_USER_CAPACITY: '1', RATE_LIMIT_USER_PER_MINUTE: '1' } });
    try {
      const mention = `<@${bot.fake.botUserId}>`;
      const asker = testUser('eager');
      await replyTo(bot, userMessage(bot.fake, asker, `${mention} What is NIS2?`, { mentionsBot: true }));
      const refused = await replyTo(bot, userMessage(bot.fake, asker, `${mention} What is NIS2?`, { mentionsBot: true }));
      expect(JSON.stringify(refused)).toContain(RATE_LIMITED_PREFIX);
    } finally {
      await bot.stop();
    }
  });

  it('does not request the Guild Messages intent when DISCORD_MESSAGE_ASK=false', async () => {
    const bot = await startBot({ env: { DISCORD_MESSAGE_ASK: 'false' } });
    try {
      expect(Number(bot.fake.identifies[0]?.['intents'])).toBe(GatewayIntentBits.Guilds);
    } finally {
      await bot.stop();
    }
  });
});
