/**
 * Faults between the bot and Discord, against the loopback Discord: every
 * kind of gateway drop is resumed and the next interaction answered; a
 * callback Discord keeps failing with 5xx is retried as discord.js does, then
 * the user is told if Discord lets us, and the bot keeps serving either way; a
 * callback whose keep-alive connection Discord closed is sent once more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR_TEXT } from '../../src/discord/router.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

/** discord.js sends a request once and retries a 5xx this many times. */
const ATTEMPTS_ON_5XX = 4;

describe('gateway and REST faults', () => {
  let bot: BotHarness;
  const alice = testUser('alice');

  beforeAll(async () => {
    // A short heartbeat, so that a zombie connection is noticed within a second.
    bot = await startBot({ fake: { heartbeatIntervalMs: 250 } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const resumes = (): number => bot.fake.gatewayOps.filter((op) => op === 6).length;

  /** Waits (bounded) for the client to send one more RESUME than `before`. */
  async function resumed(before: number): Promise<void> {
    const deadline = performance.now() + 10_000;
    while (resumes() === before) {
      if (performance.now() > deadline) throw new Error('the client did not resume within 10 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  const drops: readonly [string, () => void][] = [
    ['an abrupt close (1006)', () => bot.fake.terminate()],
    ['close 4000', () => bot.fake.closeSocket(4000)],
    ['op 7 RECONNECT', () => bot.fake.requestReconnect()],
    ['missed heartbeats', () => bot.fake.missHeartbeats()],
  ];

  it.each(drops)('after %s the bot resumes its session and answers the next interaction', async (_name, drop) => {
    const before = resumes();
    const identifies = bot.fake.gatewayOps.filter((op) => op === 2).length;
    drop();
    await resumed(before);
    const cb = await bot.fake.interact(slashCommand(bot.fake, alice, 'help'));
    expect(cb.body.type).toBe(4);
    // Resumed, not started over: no new IDENTIFY, and the client never said goodbye.
    expect(bot.fake.gatewayOps.filter((op) => op === 2).length).toBe(identifies);
    expect(bot.fake.closeCodes).not.toContain(1000);
  });

  it('a callback failing with 5xx is retried; when the retries fail the user is told, and the bot keeps serving', async () => {
    const interaction = slashCommand(bot.fake, alice, 'help');
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    bot.fake.failNext({ method: 'POST', path: new RegExp(`^${path}$`, 'u'), status: 502, times: ATTEMPTS_ON_5XX });
    const cb = await bot.fake.interact(interaction);
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: INTERNAL_ERROR_TEXT } });
    await finished(bot, [interaction.id]);
    expect(bot.fake.requests.filter((r) => r.path === path)).toHaveLength(ATTEMPTS_ON_5XX + 1);
    expect(bot.logs.find((l) => l['msg'] === 'interaction failed' && l['command'] === 'help')).toMatchObject({ err: { status: 502 } });
  });

  it('a callback that keeps failing cannot reach the user: the bot logs it and answers the next interaction', async () => {
    const interaction = slashCommand(bot.fake, alice, 'help');
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    bot.fake.failNext({ method: 'POST', path: new RegExp(`^${path}$`, 'u'), status: 500, times: 2 * ATTEMPTS_ON_5XX });
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    await finished(bot, [interaction.id]);
    expect(bot.fake.callbacks.filter((c) => c.interactionId === interaction.id)).toEqual([]);
    expect(bot.fake.requests.filter((r) => r.path === path)).toHaveLength(2 * ATTEMPTS_ON_5XX);
    expect(bot.logs.find((l) => l['msg'] === 'could not tell the user about a failure' && l['user'] === alice.id)).toMatchObject({
      level: 50,
      err: { status: 500 },
    });
    expect(bot.logs.find((l) => l['msg'] === 'interaction' && l['interaction'] === interaction.id)).toMatchObject({ error: 'internal' });
    const next = await bot.fake.interact(slashCommand(bot.fake, alice, 'help'));
    expect(next.body.type).toBe(4);
  });

  it('a callback that finds its connection closed before any answer is sent once more, and answered exactly once', async () => {
    const interaction = slashCommand(bot.fake, alice, 'help');
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    bot.fake.closeConnectionOnNext({ method: 'POST', path: new RegExp(`^${path}$`, 'u') });
    const cb = await bot.fake.interact(interaction);
    // The help itself, not the apology for a failure.
    expect(cb.body).toMatchObject({ type: 4 });
    expect(JSON.stringify(cb.body)).not.toContain(INTERNAL_ERROR_TEXT);
    await finished(bot, [interaction.id]);
    expect(bot.fake.closedOn).toContainEqual({ method: 'POST', path });
    expect(bot.fake.callbacks.filter((c) => c.interactionId === interaction.id)).toHaveLength(1);
    expect(bot.logs.find((l) => l['msg'] === 'a Discord connection was closed before answering; sending again')).toMatchObject({
      request: 'interaction callback',
      code: 'UND_ERR_SOCKET',
    });
    expect(bot.logs.find((l) => l['msg'] === 'interaction' && l['interaction'] === interaction.id)).not.toHaveProperty('error');
  });

  it('a callback whose connection is closed twice is not sent a third time by us: the failure is logged and the bot keeps serving', async () => {
    const interaction = slashCommand(bot.fake, alice, 'help');
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    bot.fake.closeConnectionOnNext({ method: 'POST', path: new RegExp(`^${path}$`, 'u'), times: 2 });
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    await finished(bot, [interaction.id]);
    expect(bot.fake.closedOn.filter((r) => r.path === path)).toHaveLength(2);
    expect(bot.logs.find((l) => l['msg'] === 'interaction' && l['interaction'] === interaction.id)).toMatchObject({ error: 'internal' });
    const next = await bot.fake.interact(slashCommand(bot.fake, alice, 'help'));
    expect(next.body.type).toBe(4);
  });
});
