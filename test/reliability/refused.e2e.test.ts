/**
 * Discord refusing the bot for good (a bad or reset token): the process stops
 * with a deliberate exit code (3, as for a configuration that does not
 * validate) and a message saying what to check, never Node's 13 for an
 * unsettled top-level await, and the start fails the same way when the
 * refusal comes at login.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/commands/registry.ts';
import { loadConfig } from '../../src/config.ts';
import { startDiscord } from '../../src/discord/client.ts';
import { EXIT_SETUP } from '../../src/cli/exit-codes.ts';
import { Engine } from '../../src/engine.ts';
import { DiscordRefusedError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { spawnBot } from '../../fixtures/discord/bot-process.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';

let cache = '';
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'policy-bot-refused-'));
});
afterAll(async () => {
  await rm(cache, { recursive: true, force: true });
});

describe('Discord refuses the token', () => {
  it('close 4004 while serving: the process logs what to check and exits 3', async () => {
    const fake = await FakeDiscord.start();
    try {
      const bot = await spawnBot(fake, { LOG_LEVEL: 'info', CACHE_DIR: cache });
      fake.closeSocket(4004);
      expect(await bot.exited).toBe(EXIT_SETUP);
      const fatal = bot.logs.find((l) => l['level'] === 60);
      expect(fatal).toMatchObject({ code: 4004 });
      expect(String(fatal?.['msg'])).toMatch(/^policy-bot: Discord rejected the token \(4004 Authentication failed\): check DISCORD_TOKEN/u);
      expect(JSON.stringify(bot.logs)).not.toContain(fake.token);
    } finally {
      await fake.stop();
    }
  });

  const start = async (fake: FakeDiscord, token: string) =>
    startDiscord({
      config: loadConfig({ env: { DISCORD_TOKEN: token, DISCORD_API_BASE: fake.apiBase }, dotenvFile: false }),
      engine: () => engine,
      registry: new CommandRegistry([]),
      logger: silentLogger(),
      identifyThrottler: { waitForIdentify: async () => {} },
    });
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
  });

  it('close 4004 in answer to IDENTIFY: the start fails with a DiscordRefusedError instead of waiting for ever', async () => {
    const fake = await FakeDiscord.start();
    fake.refuseIdentify = 4004;
    try {
      const error = await start(fake, fake.token).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordRefusedError);
      expect(error).toMatchObject({ code: 4004 });
    } finally {
      await fake.stop();
    }
  });

  it('a token the REST API refuses (401 at login): a DiscordRefusedError saying what to check', async () => {
    const fake = await FakeDiscord.start();
    try {
      const error = await start(fake, 'not-the-right-token-at-all.xyz').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordRefusedError);
      expect((error as DiscordRefusedError).message).toMatch(/^policy-bot: Discord rejected the token \(401 Unauthorized\): check DISCORD_TOKEN/u);
    } finally {
      await fake.stop();
    }
  });
});
