/**
 * Abuse at the Discord front: a member's flood is refused politely while a
 * colleague in the same server keeps getting answers; autocomplete has its
 * own buckets; /reload from a member without Manage Server is refused and logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTOCOMPLETE_FACTOR, rateLimitedText } from '../../src/discord/throttle.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { callbacksPerInteraction, sentMessage } from '../../fixtures/discord/callbacks.ts';
import { autocomplete, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

const USER_CAPACITY = 3;

describe('abuse', () => {
  let bot: BotHarness;
  const mallory = testUser('mallory');
  const alice = testUser('alice');

  beforeAll(async () => {
    // A bucket that does not refill within the test: the counts below are exact.
    bot = await startBot({
      env: {
        RATE_LIMIT_USER_CAPACITY: String(USER_CAPACITY),
        RATE_LIMIT_USER_PER_MINUTE: '0.01',
        RATE_LIMIT_GUILD_CAPACITY: '100',
        RATE_LIMIT_GUILD_PER_MINUTE: '0.01',
      },
    });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it("one member's flood is refused privately with when to retry, logged, while a colleague in the same server still gets answers", async () => {
    const flood = Array.from({ length: 12 }, () =>
      slashCommand(bot.fake, mallory, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' }]),
    );
    const colleague = slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' }]);
    const callbacks = await Promise.all([...flood.slice(0, 6), colleague, ...flood.slice(6)].map((i) => bot.fake.interact(i)));
    await finished(
      bot,
      [...flood, colleague].map((i) => i.id),
    );

    const counts = callbacksPerInteraction(bot.fake.callbacks);
    for (const i of [...flood, colleague]) expect(counts.get(i.id)).toBe(1);
    const floodReplies = callbacks.filter((c) => c.interactionId !== colleague.id).map(sentMessage);
    const refused = floodReplies.filter((m) => m.content?.startsWith("You're asking faster than I can answer; try again in ") === true);
    expect(refused).toHaveLength(12 - USER_CAPACITY);
    for (const m of refused) {
      expect(m.flags).toBe(64);
      expect(m.content).toMatch(/^You're asking faster than I can answer; try again in \d+ s\.$/u);
    }
    expect(floodReplies.filter((m) => m.embeds.length > 0)).toHaveLength(USER_CAPACITY);

    const colleagueCallback = callbacks.find((c) => c.interactionId === colleague.id);
    if (colleagueCallback === undefined) throw new Error("the colleague's question got no callback");
    const answer = sentMessage(colleagueCallback);
    expect(answer.flags).toBeUndefined();
    expect(answer.embeds.length).toBeGreaterThan(0);

    const lines = bot.logs.filter((l) => l['msg'] === 'interaction' && l['user'] === mallory.id && l['rateLimited'] !== undefined);
    expect(lines).toHaveLength(12 - USER_CAPACITY);
    expect(lines[0]).toMatchObject({ command: 'ask', guild: bot.fake.guildId, rateLimited: { scope: 'user', retryAfterSeconds: expect.any(Number) } });
  });

  it('the refusal text says how long to wait', () => {
    expect(rateLimitedText(7)).toBe("You're asking faster than I can answer; try again in 7 s.");
  });

  it('autocomplete has buckets of its own: typing does not use up the commands, and a refused one gets no suggestions', async () => {
    const typist = testUser('typist');
    const typing = Array.from({ length: USER_CAPACITY * AUTOCOMPLETE_FACTOR + 2 }, () =>
      autocomplete(bot.fake, typist, 'ask', { name: 'actor', type: OPTION_TYPE.string, value: 'ja' }, [
        { name: 'question', type: OPTION_TYPE.string, value: 'x' },
      ]),
    );
    const suggestions = await Promise.all(typing.map((i) => bot.fake.interact(i)));
    expect(suggestions.filter((c) => c.body.type === 8 && JSON.stringify(c.body.data) === '{"choices":[{"name":"Japan","value":"japan"}]}')).toHaveLength(
      USER_CAPACITY * AUTOCOMPLETE_FACTOR,
    );
    expect(suggestions.filter((c) => JSON.stringify(c.body.data) === '{"choices":[]}')).toHaveLength(2);
    const command = await bot.fake.interact(slashCommand(bot.fake, typist, 'help'));
    expect(sentMessage(command).embeds[0]?.title).toBe('What policy-bot knows');
  });

  it('/reload from a member without Manage Server is refused privately and the refusal is logged', async () => {
    const member = testUser('member', '0');
    const cb = await bot.fake.interact(slashCommand(bot.fake, member, 'reload'));
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: '/reload is for server managers only.' } });
    expect(bot.logs.find((l) => l['msg'] === 'admin command refused' && l['user'] === member.id)).toMatchObject({
      level: 40,
      command: 'reload',
      front: 'discord',
    });
    await finished(bot, [cb.interactionId]);
    expect(bot.logs.find((l) => l['msg'] === 'interaction' && l['interaction'] === cb.interactionId)).toMatchObject({
      command: 'reload',
      error: 'bad-argument',
    });
  });
});
