/**
 * Nasty input sent as real interactions through the loopback Discord: every
 * one gets exactly one callback, a sensible answer or a short private
 * message, a payload Discord accepts, no live mention, and the "shortened"
 * note exactly where the search was shortened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { messageProblems } from '../../src/views/discord/limits.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { callbacksPerInteraction, sentMessage } from '../../fixtures/discord/callbacks.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

const NASTY: Readonly<Record<string, string>> = {
  empty: '',
  whitespace: '   \t\n  ',
  'option maximum (6,000 characters)':
    `${'What has Japan done on cyber capacity building, resilience, incident response, certification, critical infrastructure, supply chains, diplomacy, norms, deterrence and confidence-building measures with the European Union and the United States? '.repeat(30)}`.slice(
      0,
      6000,
    ),
  'control characters': '\u0000\u0007What\u001b[31m is\u0008 NIS2?\u007f',
  'zero-width and RTL marks': '\u200bWhat\u200d is\u200f NIS2\u202e?\u2066 capacity\u2069',
  emoji: '🔐🛡️ cyber resilience 👩‍💻🇯🇵',
  CJK: '日本のサイバーセキュリティ戦略は何ですか',
  '@everyone': '@everyone @here what is NIS2',
  'user mention': '<@123456789012345678> capacity building',
  'channel mention': '<#1> incident response',
  'masked link': '[click me](https://evil.example/steal) cyber strategy',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: regex metacharacters typed as a question, `${}` among them
  'regex metacharacters': '.*+?^${}()|[]\\ (a+)+$ (?<x>y) \\1',
  'a thousand one-letter words': Array.from({ length: 1000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' '),
};

/** A private error is a sentence or two, never a wall of text. */
const SHORT = 400;

describe('nasty input through the loopback Discord', () => {
  let bot: BotHarness;
  const eve = testUser('eve');

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  /** Sends `interactions` one at a time, then checks each got exactly one callback, a valid one that pings nobody. */
  async function sendAll(interactions: readonly ({ id: string; token: string } & Record<string, unknown>)[]) {
    const callbacks = [];
    for (const interaction of interactions) callbacks.push(await bot.fake.interact(interaction));
    await finished(
      bot,
      interactions.map((i) => i.id),
    );
    const counts = callbacksPerInteraction(bot.fake.callbacks);
    return callbacks.map((callback) => {
      expect(counts.get(callback.interactionId)).toBe(1);
      expect(callback.body.type).toBe(4);
      const message = sentMessage(callback);
      expect(messageProblems(message)).toEqual([]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      for (const text of [message.content ?? '', ...message.embeds.map((e) => e.description ?? '')]) {
        expect(text).not.toMatch(/(?<!\\)@(everyone|here)|(?<!\\)<[@#]/u);
      }
      if (message.flags === 64 && message.embeds.length === 0) expect(message.content?.length ?? 0).toBeLessThanOrEqual(SHORT);
      return message;
    });
  }

  it.each(Object.entries(NASTY))(
    '/ask with %s: an answer, an abstention or a short private message; the shortened note where it was',
    async (_name, question) => {
      const [message] = await sendAll([slashCommand(bot.fake, eve, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: question }])]);
      let shortened: boolean | undefined;
      try {
        shortened = bot.engine.ask(question).plan.shortened;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
      }
      if (shortened === undefined) {
        // Refused as a user mistake (an empty question): told privately.
        expect(message?.flags).toBe(64);
      } else {
        expect(message?.content?.startsWith('**Q:** ')).toBe(true);
        expect(message?.content?.includes('The question was long: only its first terms were searched.')).toBe(shortened);
      }
    },
  );

  it('the longest question is one the search shortens (so the note is checked both ways)', () => {
    expect(bot.engine.ask(NASTY['option maximum (6,000 characters)'] ?? '').plan.shortened).toBe(true);
  });

  it('/actor, /compare topic and /source id with every nasty input: exactly one valid callback each, never a crash', async () => {
    const interactions = Object.values(NASTY).flatMap((value) => [
      slashCommand(bot.fake, eve, 'actor', [{ name: 'name', type: OPTION_TYPE.string, value }]),
      slashCommand(bot.fake, eve, 'compare', [
        { name: 'actor_a', type: OPTION_TYPE.string, value: 'japan' },
        { name: 'actor_b', type: OPTION_TYPE.string, value: 'eu' },
        { name: 'topic', type: OPTION_TYPE.string, value },
      ]),
      slashCommand(bot.fake, eve, 'source', [{ name: 'id', type: OPTION_TYPE.string, value }]),
    ]);
    const messages = await sendAll(interactions);
    expect(messages).toHaveLength(Object.keys(NASTY).length * 3);
    // None of them was a bug: no apology, no "interaction failed" line.
    expect(messages.map((m) => m.content)).not.toContain('Sorry, something went wrong while answering. It has been logged; please try again.');
    expect(bot.logs.filter((l) => l['msg'] === 'interaction failed')).toEqual([]);
  });
});
