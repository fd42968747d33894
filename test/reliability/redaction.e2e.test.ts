/**
 * No token in the log: an interaction's token (inside the REST URLs of its
 * callback and of the webhook that edits and follows up its reply) is
 * redacted in every line, whatever logged it.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/commands/command.ts';
import { createLogger, redactSecrets } from '../../src/log.ts';
import { reply } from '../../src/replies.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

const UNKNOWN_INTERACTION = { code: 10062, message: 'Unknown interaction' };

describe('tokens in REST URLs', () => {
  it('redactSecrets replaces the token segment of interaction and webhook URLs, and a bot token', () => {
    expect(redactSecrets('POST https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246MTIz.abc_DEF-9/callback')).toBe(
      'POST https://discord.com/api/v10/interactions/123456789012345678/[redacted]/callback',
    );
    expect(redactSecrets('PATCH /api/v10/webhooks/42/aW50ZXJhY3Rpb24/messages/@original?with_components=true')).toBe(
      'PATCH /api/v10/webhooks/42/[redacted]/messages/@original?with_components=true',
    );
    expect(redactSecrets('{"url":"/api/v10/webhooks/42/tok123"}')).toBe('{"url":"/api/v10/webhooks/42/[redacted]"}');
    expect(redactSecrets('Authorization: Bot MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.abcdef.ghijklmnop')).toBe('Authorization: Bot [redacted]');
    expect(redactSecrets('nothing secret /interactions/ here')).toBe('nothing secret /interactions/ here');
  });

  it('the logger redacts them in an error it serialises (message, url, stack)', () => {
    let text = '';
    const logger = createLogger('info', new Writable({ write: (c: Buffer, _e, done) => ((text += String(c)), done()) }));
    const url = 'https://discord.com/api/v10/webhooks/42/secret-webhook-token/messages/@original';
    logger.error({ err: Object.assign(new Error(`request to ${url} failed`), { url, requestBody: { json: { url } } }) }, 'failed');
    expect(text).not.toContain('secret-webhook-token');
    expect(JSON.parse(text)).toMatchObject({ msg: 'failed', err: { url: 'https://discord.com/api/v10/webhooks/42/[redacted]/messages/@original' } });
  });
});

describe('the bot logging failed Discord requests', () => {
  let bot: BotHarness;
  const alice = testUser('alice');
  let release: () => void = () => {};
  const slow = defineCommand({
    name: 'slow',
    description: 'Answers when released (test only).',
    options: [],
    async run() {
      await new Promise<void>((resolve) => (release = resolve));
      return reply('notice', { text: 'late answer' });
    },
  });

  beforeAll(async () => {
    bot = await startBot({ extraCommands: [slow], deferAfterMs: 20 });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('a callback Discord refuses: the error lines carry the URL without the interaction token', async () => {
    const help = slashCommand(bot.fake, alice, 'help');
    bot.fake.failNext({ method: 'POST', path: /\/callback$/u, status: 404, body: UNKNOWN_INTERACTION, times: 2 });
    bot.fake.dispatch('INTERACTION_CREATE', help);
    await bot.fake.waitForRequest((r) => r.path === `/interactions/${help.id}/${help.token}/callback`);
    const logged = await waitForLog(bot, 'could not tell the user about a failure', 'help');
    expect(JSON.stringify(logged)).toContain(`/interactions/${help.id}/[redacted]/callback`);
    expect(bot.logText()).toContain('Unknown interaction');
    expect(bot.logText()).not.toContain(help.token);
  });

  it('a webhook edit and follow-up Discord refuses: the token in the webhook URL is redacted', async () => {
    const ask = slashCommand(bot.fake, alice, 'slow');
    bot.fake.dispatch('INTERACTION_CREATE', ask);
    expect((await bot.fake.nextCallback(ask.id)).body.type).toBe(5);
    bot.fake.failNext({ path: /^\/webhooks\//u, status: 404, body: { code: 10015, message: 'Unknown Webhook' }, times: 4 });
    release();
    await waitForLog(bot, 'could not tell the user about a failure', 'slow');
    expect(bot.logText()).toContain(`/webhooks/${bot.fake.applicationId}/[redacted]`);
    expect(bot.logText()).not.toContain(ask.token);
  });
});

async function waitForLog(bot: BotHarness, msg: string, command: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const line = bot.logs.find((l) => l['msg'] === msg && l['command'] === command);
    if (line !== undefined) return line;
    if (performance.now() > deadline) throw new Error(`no "${msg}" line; logged:\n${bot.logText()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
