/**
 * Stopping the bot process: SIGHUP (a closed terminal, a service manager's
 * reload) stops it as SIGTERM does, letting the replies under way reach
 * Discord; and a stop ends the process within 10 s even when Discord drops
 * the gateway at that moment or cannot be reached at all.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBot } from '../../fixtures/discord/bot-process.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';
import { slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

/** What the issue asks: a stop ends within this, whatever Discord does. */
const STOP_BOUND_MS = 10_000;

let cache = '';
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'policy-bot-signals-'));
});
afterAll(async () => {
  await rm(cache, { recursive: true, force: true });
});

/** Sends `signal` and resolves to the exit code and how long the process took to end; SIGKILLs it (and fails) past the bound. */
async function stopWithin(bot: BotProcess, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
  const started = performance.now();
  bot.child.kill(signal);
  const killer = setTimeout(() => bot.child.kill('SIGKILL'), STOP_BOUND_MS + 2000);
  const code = await bot.exited;
  clearTimeout(killer);
  return { code, ms: performance.now() - started };
}

describe('stop signals', () => {
  const alice = testUser('alice');

  it('SIGHUP with five replies under way: all five reach Discord, then the bot says goodbye and exits 0', async () => {
    const fake = await FakeDiscord.start();
    try {
      const bot = await spawnBot(fake, { LOG_LEVEL: 'info', CACHE_DIR: cache });
      const interactions = Array.from({ length: 5 }, () => slashCommand(fake, alice, 'help'));
      // Each first callback is rate limited for 2 s: the replies are under way when the signal arrives.
      fake.failNext({
        method: 'POST',
        path: /\/callback$/u,
        status: 429,
        retryAfter: 2,
        body: { message: 'You are being rate limited.', retry_after: 2, global: false },
        times: 5,
      });
      for (const interaction of interactions) fake.dispatch('INTERACTION_CREATE', interaction);
      for (const interaction of interactions) await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
      expect(fake.callbacks).toHaveLength(0);
      const { code } = await stopWithin(bot, 'SIGHUP');
      expect(code).toBe(0);
      expect(new Set(fake.callbacks.map((c) => c.interactionId))).toEqual(new Set(interactions.map((i) => i.id)));
      expect(fake.callbacks.every((c) => c.body.type === 4)).toBe(true);
      expect(bot.logs.find((l) => l['msg'] === 'stopping')).toMatchObject({ signal: 'SIGHUP' });
      expect(bot.logs.find((l) => l['msg'] === 'replies under way finished')).toMatchObject({ finished: 5 });
      expect(fake.closeCodes).toContain(1000);
    } finally {
      await fake.stop();
    }
  }, 90_000); // spawnBot may wait up to 60 s for a slow start on a loaded machine

  it.each([
    ['the gateway drops just before the stop', (fake: FakeDiscord) => fake.terminate()],
    ['the gateway closes (1000) just before the stop', (fake: FakeDiscord) => fake.closeSocket(1000)],
    ['Discord cannot be reached at all', (fake: FakeDiscord) => fake.stop()],
  ])(
    '%s: SIGTERM still ends the process within 10 s, exit 0',
    async (_what, disturb) => {
      const fake = await FakeDiscord.start();
      try {
        const bot = await spawnBot(fake, { LOG_LEVEL: 'info', CACHE_DIR: cache });
        await disturb(fake);
        const { code, ms } = await stopWithin(bot, 'SIGTERM');
        expect(code).toBe(0);
        expect(ms).toBeLessThan(STOP_BOUND_MS);
        expect(bot.logs.find((l) => l['msg'] === 'stopping')).toMatchObject({ signal: 'SIGTERM' });
      } finally {
        await fake.stop().catch(() => {});
      }
    },
    90_000,
  ); // spawnBot may wait up to 60 s for a slow start on a loaded machine
});
