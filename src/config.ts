/**
 * Configuration: the environment (and a `.env` file, via dotenv) parsed once
 * by zod into a typed {@link Config}. This is the only module that reads
 * `process.env`. A missing or malformed value fails at start with the
 * variable's name and what is expected; the token is never part of a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { LOG_LEVELS, type LogLevel } from './log.ts';
import type { RateLimits } from './rate-limit.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_KNOWLEDGE_DIR } from './paths.ts';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'a Discord id (17 to 20 digits)');
const optionalText = (schema: z.ZodType<string>) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** The data folder unless DATA_DIR says otherwise: `data` in the folder the bot is started from. */
export const DEFAULT_DATA_DIR = 'data';

/** Discord's global rate limit for a bot, which discord.js applies unless told otherwise. */
export const DEFAULT_REST_REQUESTS_PER_SECOND = 50;
const RATE_EXPECTED = 'a whole number of requests per second, 1 or more';

const SHARD_COUNT_EXPECTED = '"auto" or a whole number of shards, 1 or more';

/**
 * The largest knowledge document loaded by default, in megabytes. A 100-page strategy is ~0.3 MB of
 * text; a 50 MB file took 29 s and 641 MB to load: refused with its size instead.
 */
export const DEFAULT_MAX_DOCUMENT_MB = 10;

/** The CPU priority (nice value) a reload's build process runs at by default: the lowest, so the serving process gets a core first. */
export const DEFAULT_BUILD_NICE = 19;
const BUILD_NICE_EXPECTED = 'a nice value from 0 (normal priority) to 19 (lowest)';

/**
 * The default rate limits: a member may ask 5 questions in a burst, then one
 * every 6 s; a server 30 in a burst, then 2 a second. Generous for a policy
 * team, and a flood from one member costs the others nothing.
 */
export const DEFAULT_RATE_LIMITS = {
  userCapacity: 5,
  userPerMinute: 10,
  guildCapacity: 30,
  guildPerMinute: 120,
} as const;

const blankIsUnset = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const BUCKET_EXPECTED = 'a whole number, 1 or more';
const PER_MINUTE_EXPECTED = 'a number of requests per minute, more than 0';
const bucketSize = z.preprocess(blankIsUnset, z.coerce.number({ error: BUCKET_EXPECTED }).int(BUCKET_EXPECTED).min(1, BUCKET_EXPECTED).optional());
const perMinute = z.preprocess(blankIsUnset, z.coerce.number({ error: PER_MINUTE_EXPECTED }).positive(PER_MINUTE_EXPECTED).optional());
const BOOLEAN_EXPECTED = 'true or false';

/** The largest document `/ingest` takes by default: Discord's own upload limit for most servers. */
export const DEFAULT_INGEST_MAX_BYTES = 25 * 1024 * 1024;
/** Where Discord serves attachments: the only origin `/ingest` fetches from. */
export const DEFAULT_DISCORD_CDN_BASE = 'https://cdn.discordapp.com';
const INGEST_BYTES_EXPECTED = 'a whole number of bytes, 1 or more';
const CDN_EXPECTED = `${DEFAULT_DISCORD_CDN_BASE} (Discord's CDN) or, for tests, an address on 127.0.0.1 or localhost`;

/**
 * Whether `url` may be where attachments are fetched from: Discord's CDN, or
 * a loopback address (the tests' fake). Nothing else: a bot that fetched from
 * any configured host could be pointed at an internal service.
 */
function isAllowedCdn(url: string): boolean {
  const { protocol, hostname, origin } = new URL(url);
  if (origin === DEFAULT_DISCORD_CDN_BASE) return true;
  return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}
const flag = z.preprocess(blankIsUnset, z.enum(['true', 'false'], { error: BOOLEAN_EXPECTED }).optional());

/** Every variable the bot reads, with what it expects. `.env.example` lists the same. */
export const envSchema = z.object({
  DISCORD_TOKEN: optionalText(z.string().regex(/^[\w.-]{20,}$/u, 'a bot token from the Discord developer portal')),
  DISCORD_APPLICATION_ID: optionalText(snowflake),
  DISCORD_GUILD_ID: optionalText(snowflake),
  DISCORD_API_BASE: optionalText(z.url({ protocol: /^https?$/u, error: 'an http(s) URL' })),
  DISCORD_REST_REQUESTS_PER_SECOND: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number({ error: RATE_EXPECTED }).int(RATE_EXPECTED).min(1, RATE_EXPECTED).optional(),
  ),
  SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.union([z.literal('auto'), z.coerce.number().int().min(1)], { error: SHARD_COUNT_EXPECTED }).optional(),
  ),
  SHARD_IDS: optionalText(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/u, 'a comma-separated list of shard ids, e.g. "0,1"')),
  KNOWLEDGE_DIR: optionalText(z.string()),
  CACHE_DIR: optionalText(z.string()),
  DATA_DIR: optionalText(z.string()),
  RATE_LIMIT_USER_CAPACITY: bucketSize,
  RATE_LIMIT_USER_PER_MINUTE: perMinute,
  RATE_LIMIT_GUILD_CAPACITY: bucketSize,
  RATE_LIMIT_GUILD_PER_MINUTE: perMinute,
  KNOWLEDGE_WATCH: flag,
  DISCORD_MESSAGE_ASK: flag,
  INGEST_MAX_BYTES: z.preprocess(
    blankIsUnset,
    z.coerce.number({ error: INGEST_BYTES_EXPECTED }).int(INGEST_BYTES_EXPECTED).min(1, INGEST_BYTES_EXPECTED).optional(),
  ),
  DISCORD_CDN_BASE: optionalText(z.url({ protocol: /^https?$/u, error: CDN_EXPECTED }).refine((url) => isAllowedCdn(url), CDN_EXPECTED)),
  MAX_DOCUMENT_MB: z.preprocess(
    blankIsUnset,
    z.coerce.number({ error: 'a size in megabytes, more than 0' }).positive('a size in megabytes, more than 0').optional(),
  ),
  BUILD_NICE: z.preprocess(
    blankIsUnset,
    z.coerce.number({ error: BUILD_NICE_EXPECTED }).int(BUILD_NICE_EXPECTED).min(0, BUILD_NICE_EXPECTED).max(19, BUILD_NICE_EXPECTED).optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
});

/** The typed configuration. */
export interface Config {
  /** Present only when the Discord bot is to start. Never log it. */
  readonly discordToken: string | undefined;
  readonly discordApplicationId: string | undefined;
  readonly discordGuildId: string | undefined;
  /** Discord's REST API base, without the version (`https://discord.com/api`). */
  readonly discordApiBase: string;
  /** discord.js's global REST limit (Discord's default for a bot is 50/s; larger bots get more). */
  readonly discordRestRequestsPerSecond: number;
  /** How many shards the whole bot has (`start:sharded`): 'auto' asks Discord. */
  readonly shardCount: number | 'auto';
  /** Which of them this host runs; undefined: all. */
  readonly shardIds: readonly number[] | undefined;
  readonly knowledgeDir: string;
  readonly cacheDir: string;
  /** Where the bot keeps what it writes at run time: the feedback database (`./data` by default). */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** Token buckets per user and per guild for commands and button presses on Discord. */
  readonly rateLimits: RateLimits;
  /** Whether the Discord front reloads the knowledge folder by itself when a file in it changes. */
  readonly knowledgeWatch: boolean;
  /** The largest attachment `/ingest` fetches and reads, in bytes. */
  readonly ingestMaxBytes: number;
  /** The origin (and path) attachments are fetched from: Discord's CDN; the loopback fake in tests. */
  readonly discordCdnBase: string;
  /** The largest knowledge document loaded, in bytes: a larger one is refused with its size (MAX_DOCUMENT_MB). */
  readonly maxDocumentBytes: number;
  /**
   * The nice value of a reload's build process (BUILD_NICE, 19 by default).
   * At 19 a busy host serves first and builds with what is left, which can
   * make a large rebuild slow; a host with cores to spare can lower it.
   */
  readonly buildNice: number;
  /**
   * Whether members may ask by mentioning the bot and follow up by replying
   * (needs the non-privileged Guild Messages intent, requested only then).
   */
  readonly discordMessageAsk: boolean;
}

/** Where the variables come from. */
export interface ConfigSources {
  /** The process environment; wins over the `.env` file. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A `.env` file to read if it exists (`./.env` by default); `false` reads none. */
  readonly dotenvFile?: string | false;
  /** Defaults that differ by front (the terminal logs less). */
  readonly defaultLogLevel?: LogLevel;
}

/** The variables of the `.env` file `file`. dotenv is required here, when there is a file to read: most starts have none. */
function readDotenv(file: string): Record<string, string> {
  const { parse } = createRequire(import.meta.url)('dotenv') as typeof import('dotenv');
  return parse(readFileSync(file));
}

/** Parses the configuration. Throws a ConfigError naming each bad variable and what it expects. */
export function loadConfig(sources: ConfigSources = {}): Config {
  const env = sources.env ?? process.env;
  const dotenvFile = sources.dotenvFile === undefined ? resolve('.env') : sources.dotenvFile;
  const fromFile = dotenvFile !== false && existsSync(dotenvFile) ? readDotenv(dotenvFile) : {};
  const merged = { ...fromFile, ...definedOnly(env) };
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`);
    throw new ConfigError(`policy-bot: invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const v = parsed.data;
  const shardIds = v.SHARD_IDS?.split(',').map((id) => Number(id.trim()));
  if (shardIds !== undefined && typeof v.SHARD_COUNT === 'number' && shardIds.some((id) => id >= (v.SHARD_COUNT as number))) {
    throw new ConfigError(`policy-bot: invalid configuration:\n  SHARD_IDS: expected ids below SHARD_COUNT (${v.SHARD_COUNT})`);
  }
  return {
    discordToken: v.DISCORD_TOKEN,
    discordApplicationId: v.DISCORD_APPLICATION_ID,
    discordGuildId: v.DISCORD_GUILD_ID,
    discordApiBase: (v.DISCORD_API_BASE ?? 'https://discord.com/api').replace(/\/+$/u, ''),
    discordRestRequestsPerSecond: v.DISCORD_REST_REQUESTS_PER_SECOND ?? DEFAULT_REST_REQUESTS_PER_SECOND,
    shardCount: v.SHARD_COUNT ?? 'auto',
    shardIds,
    knowledgeDir: resolve(v.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR),
    cacheDir: resolve(v.CACHE_DIR ?? DEFAULT_CACHE_DIR),
    dataDir: resolve(v.DATA_DIR ?? DEFAULT_DATA_DIR),
    logLevel: v.LOG_LEVEL ?? sources.defaultLogLevel ?? 'info',
    rateLimits: {
      perUser: {
        capacity: v.RATE_LIMIT_USER_CAPACITY ?? DEFAULT_RATE_LIMITS.userCapacity,
        refillPerSecond: (v.RATE_LIMIT_USER_PER_MINUTE ?? DEFAULT_RATE_LIMITS.userPerMinute) / 60,
      },
      perGuild: {
        capacity: v.RATE_LIMIT_GUILD_CAPACITY ?? DEFAULT_RATE_LIMITS.guildCapacity,
        refillPerSecond: (v.RATE_LIMIT_GUILD_PER_MINUTE ?? DEFAULT_RATE_LIMITS.guildPerMinute) / 60,
      },
    },
    knowledgeWatch: v.KNOWLEDGE_WATCH === 'true',
    ingestMaxBytes: v.INGEST_MAX_BYTES ?? DEFAULT_INGEST_MAX_BYTES,
    discordCdnBase: (v.DISCORD_CDN_BASE ?? DEFAULT_DISCORD_CDN_BASE).replace(/\/+$/u, ''),
    maxDocumentBytes: Math.round((v.MAX_DOCUMENT_MB ?? DEFAULT_MAX_DOCUMENT_MB) * 2 ** 20),
    buildNice: v.BUILD_NICE ?? DEFAULT_BUILD_NICE,
    discordMessageAsk: v.DISCORD_MESSAGE_ASK !== 'false',
  };
}

/**
 * The variables that reproduce `config` in another process (a shard the
 * sharding manager forks): everything but the token, which the manager
 * hands over itself, and the shard settings, which it sets per shard.
 */
export function configToEnv(config: Config): Record<string, string> {
  return {
    DISCORD_API_BASE: config.discordApiBase,
    DISCORD_REST_REQUESTS_PER_SECOND: String(config.discordRestRequestsPerSecond),
    ...(config.discordApplicationId === undefined ? {} : { DISCORD_APPLICATION_ID: config.discordApplicationId }),
    ...(config.discordGuildId === undefined ? {} : { DISCORD_GUILD_ID: config.discordGuildId }),
    KNOWLEDGE_DIR: config.knowledgeDir,
    KNOWLEDGE_WATCH: String(config.knowledgeWatch),
    INGEST_MAX_BYTES: String(config.ingestMaxBytes),
    DISCORD_CDN_BASE: config.discordCdnBase,
    MAX_DOCUMENT_MB: String(config.maxDocumentBytes / 2 ** 20),
    BUILD_NICE: String(config.buildNice),
    DISCORD_MESSAGE_ASK: String(config.discordMessageAsk),
    CACHE_DIR: config.cacheDir,
    DATA_DIR: config.dataDir,
    LOG_LEVEL: config.logLevel,
    RATE_LIMIT_USER_CAPACITY: String(config.rateLimits.perUser.capacity),
    RATE_LIMIT_USER_PER_MINUTE: String(config.rateLimits.perUser.refillPerSecond * 60),
    RATE_LIMIT_GUILD_CAPACITY: String(config.rateLimits.perGuild.capacity),
    RATE_LIMIT_GUILD_PER_MINUTE: String(config.rateLimits.perGuild.refillPerSecond * 60),
  };
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
