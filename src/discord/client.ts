/**
 * Starting and stopping the Discord front: a discord.js Client with the
 * Guilds intent (slash commands need no message content) and, unless
 * mention-asking is off, the non-privileged Guild Messages intent (the bot
 * sees the text of messages that mention it, never others'), its REST calls
 * sent to the configured API base (the gateway URL follows from what that API
 * answers to GET /gateway/bot), interactions handed to the router. Stopping
 * turns new interactions away, lets the replies under way finish (for a
 * bounded time), then disconnects.
 */
import { once } from 'node:events';
import { Client, DefaultRestOptions, Events, GatewayIntentBits, type IIdentifyThrottler } from 'discord.js';
import type { DocumentIngest } from '../commands/documents.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../engine.ts';
import type { FeedbackStore } from '../feedback/store.ts';
import { ConfigError, type DiscordRefusedError, InternalError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ReloadOutcome } from '../reload.ts';
import { retryOnClosedConnection } from './closed-connection.ts';
import { ConversationStore } from './conversations.ts';
import { InFlight } from './in-flight.ts';
import { createMessageHandler } from './message-ask.ts';
import { PageStore } from './pages.ts';
import { refusalOfClose, refusalOfLogin } from './refusal.ts';
import { answerWhileStopping, createRouter } from './router.ts';
import { PlanStore } from './plans.ts';
import { Throttle } from './throttle.ts';

/** What the Discord front needs. */
export interface DiscordFrontOptions {
  readonly config: Pick<Config, 'discordToken' | 'discordApiBase' | 'discordRestRequestsPerSecond' | 'rateLimits' | 'ingestMaxBytes' | 'discordCdnBase'> &
    Partial<Pick<Config, 'discordMessageAsk'>>;
  /** The engine serving now. */
  readonly engine: () => Engine;
  /** Rebuilds the engine, for `/reload`. */
  readonly reload?: () => Promise<ReloadOutcome>;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  readonly pages?: PageStore;
  /** Reads uploaded documents into the knowledge folder, for `/ingest`; absent, the command says it is not available. */
  readonly ingest?: DocumentIngest;
  readonly plans?: PlanStore;
  /** Where 👍 / 👎 on answers are kept (opened by the caller); absent, answers carry no rating buttons. */
  readonly feedback?: FeedbackStore;
  /**
   * Replaces discord.js's identify throttler, which waits about 5 s before
   * every re-IDENTIFY: for tests against a local gateway only.
   */
  readonly identifyThrottler?: IIdentifyThrottler;
  /** How long a command may run before its reply is deferred (router default: 1.5 s). */
  readonly deferAfterMs?: number;
}

/** A running Discord front. */
export interface DiscordFront {
  readonly client: Client<true>;
  /**
   * Settles when Discord refuses the bot for good after it connected (close
   * 4004 when the token is reset, say): discord.js does not reconnect then.
   */
  readonly refused: Promise<DiscordRefusedError>;
  /**
   * Turns new interactions away, waits up to `graceMs` ({@link STOP_GRACE_MS})
   * for the replies under way, then disconnects (close 1000) and releases
   * every socket and timer.
   */
  stop(graceMs?: number): Promise<void>;
}

/** How long a stop waits for replies under way: a reply is due within Discord's 3 s, an edited one within 15 min, but a restart should not hang. */
export const STOP_GRACE_MS = 5000;

/** How long a stop waits for the client to close its gateway connections. */
export const DESTROY_LIMIT_MS = 2000;

/** Connects to Discord and serves interactions. Rejects when login fails (a bad token: `TokenInvalid`). */
export async function startDiscord(options: DiscordFrontOptions): Promise<DiscordFront> {
  const { config, logger } = options;
  if (config.discordToken === undefined) throw new ConfigError('policy-bot: DISCORD_TOKEN: expected a bot token to start the Discord front');
  const throttler = options.identifyThrottler;
  // Mention-asking is on unless the config turns it off; off, the intent is not even requested.
  const messageAsk = config.discordMessageAsk ?? true;
  const client = new Client({
    intents: messageAsk ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] : [GatewayIntentBits.Guilds],
    rest: {
      api: config.discordApiBase,
      globalRequestsPerSecond: config.discordRestRequestsPerSecond,
      makeRequest: retryOnClosedConnection(DefaultRestOptions.makeRequest, logger),
    },
    ...(throttler === undefined ? {} : { ws: { buildIdentifyThrottler: () => throttler } }),
  });
  const pages = options.pages ?? new PageStore();
  const conversations = new ConversationStore();
  const throttle = new Throttle(config.rateLimits);
  const route = createRouter({
    engine: options.engine,
    ...(options.reload === undefined ? {} : { reload: options.reload }),
    registry: options.registry,
    pages,
    conversations,
    plans: options.plans ?? new PlanStore(),
    ...(options.ingest === undefined ? {} : { ingest: options.ingest }),
    ...(options.feedback === undefined ? {} : { feedback: options.feedback }),
    attachments: { maxBytes: config.ingestMaxBytes, cdnBase: config.discordCdnBase },
    logger,
    throttle,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    if (inFlight.closed) void answerWhileStopping(interaction, logger);
    else inFlight.track(route(interaction));
  });
  if (messageAsk) {
    const answerMessage = createMessageHandler({ engine: options.engine, registry: options.registry, pages, conversations, logger, throttle });
    // Messages arriving while stopping are not answered: unlike an interaction, a message does not expire unanswered.
    client.on(Events.MessageCreate, (message) => {
      if (!inFlight.closed) inFlight.track(answerMessage(message));
    });
  }
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'gateway error'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));
  // A shard that disconnects for good (a close code discord.js never recovers from) is a refusal: before READY it fails the start, after it the front's `refused` settles.
  const refused = new Promise<DiscordRefusedError>((resolve) => {
    client.once(Events.ShardDisconnect, (event) => resolve(refusalOfClose(event.code)));
  });
  try {
    // login() may never settle when the gateway refuses the IDENTIFY, so the refusal is raced against it.
    await Promise.race([client.login(config.discordToken), refused.then((refusal) => Promise.reject(refusal))]);
    // login() resolves once READY arrived; wait for it explicitly should that ever change.
    if (!client.isReady()) await Promise.race([once(client, Events.ClientReady), refused.then((refusal) => Promise.reject(refusal))]);
  } catch (error) {
    await client.destroy();
    throw refusalOfLogin(error) ?? error;
  }
  if (!client.isReady()) throw new InternalError('policy-bot: the Discord client logged in but is not ready');
  return {
    client,
    refused,
    stop: async (graceMs = STOP_GRACE_MS) => {
      const running = inFlight.size;
      const unfinished = await inFlight.close(graceMs);
      if (unfinished > 0) logger.warn({ unfinished, graceMs }, 'stopping with replies still under way');
      else if (running > 0) logger.info({ finished: running }, 'replies under way finished');
      // destroy() can wait on a gateway that is reconnecting or unreachable: bounded, the process's own watchdog does the rest.
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), DESTROY_LIMIT_MS)));
      const destroyed = client.destroy().then(() => false);
      const timedOut = await Promise.race([destroyed, gaveUp]);
      clearTimeout(timer);
      if (timedOut) logger.warn({ ms: DESTROY_LIMIT_MS }, 'the gateway did not close in time');
      else logger.info('disconnected from Discord');
    },
  };
}
