/**
 * An autocomplete request that marks no option as focused (a malformed or
 * unusual payload): answered with no choices, so Discord does not show
 * "loading options failed", and logged as an ordinary autocomplete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { autocomplete, OPTION_TYPE, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

describe('autocomplete without a focused option', () => {
  let bot: BotHarness;
  const alice = testUser('alice');

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    [
      'options, none focused',
      [
        { name: 'question', type: OPTION_TYPE.string, value: 'x' },
        { name: 'actor', type: OPTION_TYPE.string, value: 'ja' },
      ],
    ],
    ['no options at all', []],
  ])('%s: an answer with no choices, no error logged', async (_what, options) => {
    const request = autocomplete(bot.fake, alice, 'ask', { name: 'actor', type: OPTION_TYPE.string, value: 'ja' });
    const data = request['data'] as Record<string, unknown>;
    const unfocused = { ...request, data: { ...data, options } };
    const callback = await bot.fake.interact(unfocused);
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    await finished(bot, [request.id]);
    expect(bot.logs.find((l) => l['interaction'] === request.id)).toMatchObject({ kind: 'autocomplete', results: 0 });
    expect(bot.logs.filter((l) => l['msg'] === 'autocomplete failed')).toEqual([]);
  });
});
