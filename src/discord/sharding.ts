/**
 * Running the bot as several shards (Discord requires it past 2,500 servers):
 * discord.js' ShardingManager forks one process per shard, each running the
 * ordinary Discord front (`src/main.ts`). The manager builds the index cache
 * once before the first fork, so that every shard loads it instead of
 * rebuilding. SHARD_COUNT and SHARD_IDS let several hosts split one bot.
 */
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { z } from 'zod';
import { buildKnowledgeBase } from '../build.ts';
import { type Config, configToEnv } from '../config.ts';
import { ConfigError, DiscordResponseError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { runtimePath } from '../paths.ts';

/** The script each shard process runs: the same entry as `npm start`. */
export const SHARD_ENTRY = runtimePath('main.ts');

/** Discord's recommended pause between shard logins (its identify rate), which discord.js uses too. */
export const DEFAULT_SPAWN_DELAY_MS = 5500;

/** How long a shard may take to log in and become ready. */
export const SPAWN_TIMEOUT_MS = 60_000;

/** How long a shard is given to finish its replies and disconnect when asked to stop. */
export const STOP_TIMEOUT_MS = 10_000;

/** Options of {@link startShards} beyond the configuration. */
export interface ShardOptions {
  /** Pause between shard logins (default {@link DEFAULT_SPAWN_DELAY_MS}; tests against a local fake use 0). */
  readonly spawnDelayMs?: number;
  /** Pipe the shards' standard streams instead of sharing the manager's (tests read them). */
  readonly silent?: boolean;
}

/** Shards running under a manager. */
export interface ShardedBot {
  readonly manager: ShardingManager;
  /** The total number of shards of the whole bot, and the ids this host runs. */
  readonly totalShards: number;
  readonly shardIds: readonly number[];
  /** Asks every shard to stop (SIGTERM: each finishes and disconnects) and waits for them to exit. */
  stop(): Promise<void>;
}

const gatewayBotSchema = z.object({ shards: z.number().int().min(1) });

/**
 * How many shards Discord recommends, asked of the configured API base
 * (discord.js' own helper always asks discord.com, which would bypass a REST
 * proxy and a test's fake).
 */
export async function recommendedShardCount(config: Pick<Config, 'discordToken' | 'discordApiBase'>): Promise<number> {
  if (config.discordToken === undefined) throw new ConfigError('policy-bot: DISCORD_TOKEN: expected a bot token to start the shards');
  const rest = new REST({ api: config.discordApiBase }).setToken(config.discordToken);
  const answer = gatewayBotSchema.safeParse(await rest.get(Routes.gatewayBot()));
  if (!answer.success) throw new DiscordResponseError('policy-bot: Discord answered GET /gateway/bot without a shard count');
  return answer.data.shards;
}

/** Builds the index cache, then forks and logs in the shards this host runs. Resolves once every one is ready. */
export async function startShards(config: Config, logger: Logger, options: ShardOptions = {}): Promise<ShardedBot> {
  if (config.discordToken === undefined) throw new ConfigError('policy-bot: DISCORD_TOKEN: expected a bot token to start the shards');
  const kb = await buildKnowledgeBase({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, maxDocumentBytes: config.maxDocumentBytes, logger });
  logger.info({ passages: kb.passages.length, origin: kb.origin.from }, 'index cache ready for the shards');

  const totalShards = config.shardCount === 'auto' ? await recommendedShardCount(config) : config.shardCount;
  const shardIds = config.shardIds ?? [...Array(totalShards).keys()];
  if (shardIds.some((id) => id >= totalShards)) {
    throw new ConfigError(`policy-bot: invalid configuration:\n  SHARD_IDS: expected ids below the shard count (${totalShards})`);
  }
  const manager = new ShardingManager(SHARD_ENTRY, {
    token: config.discordToken,
    totalShards,
    shardList: [...shardIds],
    mode: 'process',
    respawn: true,
    silent: options.silent ?? false,
    // Shards run what the manager runs: the sources through tsx (development, tests), or the build with the
    // manager's own Node flags (`npm run start:sharded`: the heap flag of package.json's start scripts).
    execArgv: SHARD_ENTRY.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [...process.execArgv],
  });
  const env = configToEnv(config);
  manager.on('shardCreate', (shard: Shard) => {
    // The manager copies this process's environment; the configuration (which may come from elsewhere) goes along.
    shard.env = { ...(shard.env as Record<string, unknown>), ...env };
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
    shard.on('ready', () => logger.info({ shard: shard.id, of: totalShards }, 'shard ready'));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? DEFAULT_SPAWN_DELAY_MS, timeout: SPAWN_TIMEOUT_MS });
  return { manager, totalShards, shardIds, stop: () => stopShards(manager) };
}

async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (child === null || child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}
