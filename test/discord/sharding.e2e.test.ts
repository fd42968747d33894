/**
 * Sharding: two shard processes under discord.js' ShardingManager, started as
 * `npm run start:sharded` starts them, against a loopback Discord that
 * recommends two shards; an answer comes through each.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configToEnv, loadConfig } from '../../src/config.ts';
import { recommendedShardCount, type ShardedBot, startShards } from '../../src/discord/sharding.ts';
import { ConfigError } from '../../src/errors.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { tempDir } from '../support/engine.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

describe('two shards against a loopback Discord', () => {
  let fake: FakeDiscord;
  let bot: ShardedBot | undefined;
  let cacheDir: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    cacheDir = await tempDir('policy-bot-shard-cache-');
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    await rm(cacheDir, { recursive: true, force: true });
  });

  const config = () =>
    loadConfig({
      env: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, CACHE_DIR: cacheDir, KNOWLEDGE_DIR: DEFAULT_KNOWLEDGE_DIR, LOG_LEVEL: 'warn' },
      dotenvFile: false,
    });

  it('asks the configured API how many shards to run ("auto")', async () => {
    expect(await recommendedShardCount(config())).toBe(2);
  });

  it('starts every shard from the prebuilt cache, and each one answers', async () => {
    bot = await startShards(config(), pino({ level: 'silent' }), { spawnDelayMs: 0, silent: true });
    expect(bot.totalShards).toBe(2);
    expect(bot.shardIds).toEqual([0, 1]);
    expect(fake.identifiedShards).toEqual([0, 1]);

    // The manager built the cache before the first fork; a shard that rebuilt would have rewritten it.
    const [file] = await readdir(cacheDir);
    const builtAt = (await stat(join(cacheDir, file ?? ''))).mtimeMs;

    const alice = testUser('alice');
    for (const shard of [0, 1]) {
      const cb = await fake.interactOnShard(
        shard,
        slashCommand(fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' }]),
        10_000,
      );
      expect(cb.body.type).toBe(4);
      expect(JSON.stringify(cb.body.data)).toContain('eu-resilience-capacity-building#2');
    }
    expect((await stat(join(cacheDir, file ?? ''))).mtimeMs).toBe(builtAt);
    // Two shard processes loading the sources through tsx: well over the usual 30 s on a loaded test machine.
  }, 120_000);

  it('stops every shard process on request', async () => {
    const processes = [...(bot?.manager.shards.values() ?? [])].map((s) => s.process);
    await bot?.stop();
    bot = undefined;
    expect(processes).toHaveLength(2);
    for (const p of processes) expect(p?.exitCode).toBe(0);
  });
});

describe('shard configuration', () => {
  it('takes SHARD_COUNT and SHARD_IDS, and refuses ids past the count', () => {
    const c = loadConfig({ env: { SHARD_COUNT: '4', SHARD_IDS: '2, 3' }, dotenvFile: false });
    expect([c.shardCount, c.shardIds]).toEqual([4, [2, 3]]);
    expect(loadConfig({ env: {}, dotenvFile: false }).shardCount).toBe('auto');
    expect(() => loadConfig({ env: { SHARD_COUNT: '2', SHARD_IDS: '0,2' }, dotenvFile: false })).toThrow(
      new ConfigError('policy-bot: invalid configuration:\n  SHARD_IDS: expected ids below SHARD_COUNT (2)'),
    );
    expect(() => loadConfig({ env: { SHARD_COUNT: 'many' }, dotenvFile: false })).toThrow(
      'SHARD_COUNT: expected "auto" or a whole number of shards, 1 or more',
    );
  });
});

describe('the configuration a shard process gets', () => {
  it("reproduces the manager's configuration, the token aside", () => {
    const original = loadConfig({
      env: {
        DISCORD_API_BASE: 'http://127.0.0.1:9/api',
        KNOWLEDGE_DIR: '/k',
        CACHE_DIR: '/c',
        LOG_LEVEL: 'debug',
        RATE_LIMIT_USER_CAPACITY: '7',
        RATE_LIMIT_GUILD_PER_MINUTE: '90',
        KNOWLEDGE_WATCH: 'true',
      },
      dotenvFile: false,
    });
    const env = configToEnv(original);
    expect(env).not.toHaveProperty('DISCORD_TOKEN');
    expect(loadConfig({ env, dotenvFile: false })).toEqual(original);
  });
});
