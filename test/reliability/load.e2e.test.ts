/**
 * The small load run (the full one is `npm run bench:load`): 200 mixed
 * interactions from 50 users in 5 guilds, as fast as the bot takes them,
 * rate limiting on with the default limits. Asserts only counts: every
 * interaction answered exactly once, every refusal told to its user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { DEFAULT_LIMITS_ENV, runLoad } from '../../fixtures/discord/load.ts';
import { finished } from '../support/settle.ts';

describe('load', () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBot({ env: DEFAULT_LIMITS_ENV });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('200 interactions from 50 users: every one answered exactly once, every rate-limited one told so', async () => {
    const report = await runLoad(bot.fake, {
      interactions: 200,
      users: 50,
      guilds: 5,
      outstanding: 50,
      passageIds: bot.engine.kb.passages.slice(0, 5).map((p) => p.id),
      settled: (ids) => finished(bot, ids),
    });
    expect(report).toMatchObject({ interactions: 200, answeredExactlyOnce: 200, unanswered: 0, answeredMoreThanOnce: 0 });
    const refusedInLog = bot.logs.filter((l) => l['msg'] === 'interaction' && l['rateLimited'] !== undefined && l['kind'] !== 'autocomplete');
    expect(report.rateLimited).toBe(refusedInLog.length);
    expect(bot.logs.filter((l) => l['msg'] === 'interaction failed')).toEqual([]);
  });
});
