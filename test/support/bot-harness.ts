/**
 * The bot as production starts it (config parsed from the environment, the
 * real engine and commands, the real discord.js Client) pointed at a
 * {@link FakeDiscord}: only the API base and the identify throttler differ.
 * Logs are captured in memory. Rate limits are generous unless a test sets
 * them (RATE_LIMIT_* in `env`), so that tests of other things never trip them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AnyCommand } from '../../src/commands/command.ts';
import { CommandRegistry, loadCommands } from '../../src/commands/registry.ts';
import { loadConfig } from '../../src/config.ts';
import { type DiscordFront, startDiscord } from '../../src/discord/client.ts';
import type { Engine } from '../../src/engine.ts';
import { FeedbackStore } from '../../src/feedback/store.ts';
import { folderIngest } from '../../src/ingest/uploads.ts';
import { EngineHolder } from '../../src/reload.ts';
import { createLogger, type Logger, type LogLevel } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.ts';

/** A running bot and its fake Discord. */
export interface BotHarness {
  readonly fake: FakeDiscord;
  readonly front: DiscordFront;
  /** The engine the bot started with. */
  readonly engine: Engine;
  /** What serves now (a reload swaps its engine). */
  readonly holder: EngineHolder;
  /** The ratings database, under DATA_DIR (a test that rates passes a temporary folder). */
  readonly feedback: FeedbackStore;
  /** Every log line, parsed. */
  readonly logs: Record<string, unknown>[];
  /** The raw log text (to check that the token never appears). */
  readonly logText: () => string;
  stop(): Promise<void>;
}

/** Options of {@link startBot}. */
export interface BotHarnessOptions {
  /** Commands added to those in commands/ (a handler that throws, a slow one). */
  readonly extraCommands?: readonly AnyCommand[];
  /** Environment variables besides the token and API base. */
  readonly env?: Readonly<Record<string, string>>;
  readonly deferAfterMs?: number;
  /** The knowledge folder (default: the shipped one). */
  readonly knowledgeDir?: string;
  /** How the fake Discord is set up (a short heartbeat interval, say). */
  readonly fake?: FakeDiscordOptions;
}

/** Limits no test of anything else reaches. */
const GENEROUS_LIMITS = {
  // Reload builds at normal priority: at nice 19 on a loaded test machine a build can wait minutes for a core (the
  // priority itself is tested in test/store/build-process.e2e.test.ts).
  BUILD_NICE: '0',
  RATE_LIMIT_USER_CAPACITY: '100000',
  RATE_LIMIT_USER_PER_MINUTE: '100000',
  RATE_LIMIT_GUILD_CAPACITY: '100000',
  RATE_LIMIT_GUILD_PER_MINUTE: '100000',
};

/** The production logger (its redaction included), writing to memory. */
function captureLogger(level: LogLevel): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...String(chunk).split('\n').filter((l) => l !== ''));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

/** Starts a fake Discord and the bot connected to it. */
export async function startBot(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const fake = await FakeDiscord.start(options.fake);
  try {
    // Ratings go to a folder of this bot's own unless the test names one, so that no test writes ./data.
    const ownData = options.env?.['DATA_DIR'] === undefined ? await mkdtemp(join(tmpdir(), 'policy-bot-data-')) : undefined;
    const config = loadConfig({ env: { ...GENEROUS_LIMITS, ...(ownData === undefined ? {} : { DATA_DIR: ownData }), DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DISCORD_CDN_BASE: fake.cdnBase, ...options.env }, dotenvFile: false });
    const { logger, lines } = captureLogger(config.logLevel);
    const knowledgeDir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
    const holder = await EngineHolder.open({ knowledgeDir, cacheDir: false, nice: config.buildNice, logger });
    const engine = holder.current;
    const registry = new CommandRegistry([...(await loadCommands()).all, ...(options.extraCommands ?? [])]);
    const feedback = new FeedbackStore({ dataDir: config.dataDir, logger });
    feedback.open();
    const front = await startDiscord({
      feedback,
      config,
      engine: () => holder.current,
      reload: () => holder.reload(),
      // /ingest writes into the knowledge folder: a test that uses it passes a copy (copyOfKnowledge).
      ingest: folderIngest({ knowledgeDir, maxBytes: config.ingestMaxBytes }),
      registry,
      logger,
      // discord.js waits about 5 s before every re-IDENTIFY by default; a local gateway needs no such pause.
      identifyThrottler: { waitForIdentify: async () => {} },
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    });
    return {
      fake,
      front,
      engine,
      holder,
      feedback,
      get logs() {
        return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      },
      logText: () => lines.join('\n'),
      stop: async () => {
        await front.stop();
        feedback.close();
        await fake.stop();
        if (ownData !== undefined) await rm(ownData, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}
