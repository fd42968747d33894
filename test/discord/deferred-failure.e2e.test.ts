/**
 * A deferred reply whose edit fails (or whose work fails after the deferral):
 * the user is told privately in a follow-up, and the deferred "thinking…"
 * message is deleted rather than left thinking for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/commands/command.ts';
import { UserError } from '../../src/errors.ts';
import { reply } from '../../src/replies.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { finished } from '../support/settle.ts';

describe('a deferred reply that cannot be completed', () => {
  let bot: BotHarness;
  const alice = testUser('alice');
  let release: (fail: boolean) => void = () => {};
  const slow = defineCommand({
    name: 'slow',
    description: 'Answers (or fails) when released (test only).',
    options: [],
    async run() {
      const fail = await new Promise<boolean>((resolve) => (release = resolve));
      if (fail) throw new UserError('bad-argument', 'That cannot be answered.');
      return reply('notice', { text: 'late answer' });
    },
  });

  beforeAll(async () => {
    bot = await startBot({ extraCommands: [slow], deferAfterMs: 20 });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const webhook = (token: string) => `/webhooks/${bot.fake.applicationId}/${token}`;

  async function deferred() {
    const interaction = slashCommand(bot.fake, alice, 'slow');
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    expect((await bot.fake.nextCallback(interaction.id)).body.type).toBe(5);
    return interaction;
  }

  it('the edit of the deferred reply fails: a private follow-up, then the "thinking…" message is deleted', async () => {
    const interaction = await deferred();
    bot.fake.failNext({
      method: 'PATCH',
      path: new RegExp(`^${webhook(interaction.token)}/messages/@original$`, 'u'),
      status: 404,
      body: { code: 10008, message: 'Unknown Message' },
    });
    release(false);
    const deletion = await bot.fake.waitForRequest((r) => r.method === 'DELETE' && r.path === `${webhook(interaction.token)}/messages/@original`);
    const sent = bot.fake.requests.filter((r) => r.path.startsWith(webhook(interaction.token)));
    expect(sent.map((r) => r.method)).toEqual(['PATCH', 'POST', 'DELETE']);
    expect(sent[1]?.body).toMatchObject({ flags: 64, content: expect.stringContaining('something went wrong') });
    expect(deletion.at).toBeGreaterThan(sent[1]?.at ?? Infinity);
    await finished(bot, [interaction.id]);
  });

  it('the work fails after the deferral: the same, without an edit', async () => {
    const interaction = await deferred();
    release(true);
    await bot.fake.waitForRequest((r) => r.method === 'DELETE' && r.path === `${webhook(interaction.token)}/messages/@original`);
    const sent = bot.fake.requests.filter((r) => r.path.startsWith(webhook(interaction.token)));
    expect(sent.map((r) => r.method)).toEqual(['POST', 'DELETE']);
    expect(sent[0]?.body).toMatchObject({ flags: 64, content: 'That cannot be answered.' });
    await finished(bot, [interaction.id]);
  });
});
