/**
 * Stopping the Discord front: new interactions are turned away with a
 * private "try again", replies under way are finished before the client
 * disconnects, and a reply that never finishes does not hold the stop for
 * longer than the grace period.
 */
import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/commands/command.ts';
import { STOPPING_TEXT } from '../../src/discord/router.ts';
import { reply } from '../../src/replies.ts';
import { startBot } from '../../fixtures/discord/bot-harness.ts';
import { slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

/** A command that answers when the test lets it, and says it started. */
function heldCommand() {
  let release: () => void = () => {};
  let started: () => void = () => {};
  const running = new Promise<void>((resolve) => (started = resolve));
  const command = defineCommand({
    name: 'held',
    description: 'Answers when released (test only).',
    options: [],
    async run() {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      return reply('notice', { text: 'finished before the stop' });
    },
  });
  return { command, running, release: () => release() };
}

describe('stopping the Discord front', () => {
  const alice = testUser('alice');

  it('turns new interactions away, finishes the reply under way, then says goodbye (close 1000)', async () => {
    const held = heldCommand();
    // Deferral is not under test: the held reply is answered directly when released.
    const bot = await startBot({ extraCommands: [held.command], deferAfterMs: 60_000 });
    try {
      const pending = bot.fake.interact(slashCommand(bot.fake, alice, 'held'));
      await held.running;
      let stopped = false;
      const stopping = bot.front.stop().then(() => (stopped = true));
      const late = await bot.fake.interact(slashCommand(bot.fake, alice, 'help'));
      expect(late.body).toMatchObject({ type: 4, data: { flags: 64, content: STOPPING_TEXT } });
      expect(stopped).toBe(false);
      expect(bot.fake.closeCodes).toEqual([]);
      held.release();
      expect((await pending).body).toMatchObject({ type: 4, data: { content: 'finished before the stop' } });
      await stopping;
      expect(bot.fake.closeCodes).toEqual([1000]);
      expect(bot.logs.find((l) => l['msg'] === 'replies under way finished')).toMatchObject({ finished: 1 });
    } finally {
      await bot.fake.stop();
    }
  });

  it('gives up on a reply that does not finish within the grace period, logging it', async () => {
    const held = heldCommand();
    const bot = await startBot({ extraCommands: [held.command], deferAfterMs: 60_000 });
    try {
      bot.fake.dispatch('INTERACTION_CREATE', slashCommand(bot.fake, alice, 'held'));
      await held.running;
      await bot.front.stop(50);
      expect(bot.fake.closeCodes).toEqual([1000]);
      expect(bot.logs.find((l) => l['msg'] === 'stopping with replies still under way')).toMatchObject({ level: 40, unfinished: 1, graceMs: 50 });
    } finally {
      held.release();
      await bot.fake.stop();
    }
  });
});
