/**
 * One structured line per interaction: kind, command, guild, user, latency,
 * result count, abstained, error; the question's length at info and what was
 * typed only at debug; never the token.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInteraction } from '../../src/discord/interaction-log.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { autocomplete, buttonPress, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

// A word that must not reach the log at info level.
const QUESTION = 'What is NIS2? BLUEFIN';

describe('the log line of each interaction', () => {
  let bot: BotHarness;
  const alice = testUser('alice');

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  function lineOf(id: string): Record<string, unknown> | undefined {
    const lines = bot.logs.filter((l) => l['msg'] === 'interaction' && l['interaction'] === id);
    expect(lines).toHaveLength(1);
    return lines[0];
  }

  it('a command: who, where, how long, how many results, abstained; the question only as its length', async () => {
    const ask = slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: QUESTION }]);
    const none = slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'a chocolate cake recipe' }]);
    await bot.fake.interact(ask);
    await bot.fake.interact(none);
    await finished(bot, [ask.id, none.id]);
    expect(lineOf(ask.id)).toEqual({
      level: 30,
      time: expect.any(Number),
      msg: 'interaction',
      kind: 'command',
      interaction: ask.id,
      command: 'ask',
      guild: bot.fake.guildId,
      user: alice.id,
      results: expect.any(Number),
      abstained: false,
      ms: expect.any(Number),
      questionChars: QUESTION.length,
    });
    expect(lineOf(none.id)).toMatchObject({ results: 0, abstained: true });
    expect(bot.logText()).not.toContain('BLUEFIN');
    expect(bot.logText()).not.toContain(bot.fake.token);
  });

  it('a button press, an autocomplete and a user error each get their line', async () => {
    const id = bot.engine.kb.passages[0]?.id ?? '';
    const press = buttonPress(bot.fake, alice, `passage:${id}`);
    const typing = autocomplete(bot.fake, alice, 'source', { name: 'id', type: OPTION_TYPE.string, value: 'eu-' });
    const wrong = slashCommand(bot.fake, alice, 'source', [{ name: 'id', type: OPTION_TYPE.string, value: 'no-such-passage#9' }]);
    for (const i of [press, typing, wrong]) await bot.fake.interact(i);
    await finished(bot, [press.id, typing.id, wrong.id]);
    expect(lineOf(press.id)).toMatchObject({ kind: 'button', command: `passage:${id}`, user: alice.id, results: 1 });
    expect(lineOf(typing.id)).toMatchObject({ kind: 'autocomplete', command: 'source', results: expect.any(Number) });
    expect(lineOf(wrong.id)).toMatchObject({ kind: 'command', command: 'source', error: 'unknown-passage' });
  });
});

describe('logInteraction', () => {
  function capture(level: 'info' | 'debug') {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _e, done) => {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level, base: null }, sink);
    logInteraction(
      logger,
      { kind: 'command', interaction: '1', command: 'ask', guild: '2', user: '3', options: { question: QUESTION, top: 2 }, results: 2, abstained: false },
      12.345,
    );
    return lines[0];
  }

  it('logs what was typed only at debug level', () => {
    expect(capture('info')).not.toHaveProperty('options');
    expect(capture('debug')).toMatchObject({ options: { question: QUESTION, top: 2 }, questionChars: QUESTION.length, ms: 12.35 });
  });
});
