/**
 * The Discord front as `npm start` runs it: logger, engine, commands, process
 * guards, the client, the knowledge watcher when configured, and a clean stop
 * on SIGINT/SIGTERM/SIGHUP, bounded in time (see shutdown.ts; a second signal
 * ends the process at once, as Node does by default).
 */
import { EXIT_SETUP } from '../cli/exit-codes.ts';
import { loadCommands } from '../commands/registry.ts';
import type { Config } from '../config.ts';
import { FeedbackStore } from '../feedback/store.ts';
import { folderIngest } from '../ingest/uploads.ts';
import { EngineHolder } from '../reload.ts';
import { warmUp } from '../warm-up.ts';
import { DiscordRefusedError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { startDiscord } from './client.ts';
import { installProcessGuards } from './guards.ts';
import { exitAfter, LINGER_LIMIT_MS, SHUTDOWN_LIMIT_MS, stopSignal } from './shutdown.ts';

/** Runs the bot until a signal stops it. Resolves to the exit code (non-zero when it could not start). */
export async function runDiscord(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  const removeGuards = installProcessGuards(logger);
  try {
    const holder = await EngineHolder.open({
      knowledgeDir: config.knowledgeDir,
      cacheDir: config.cacheDir,
      maxDocumentBytes: config.maxDocumentBytes,
      nice: config.buildNice,
      logger,
    });
    const registry = await loadCommands();
    const ingest = folderIngest({ knowledgeDir: config.knowledgeDir, maxBytes: config.ingestMaxBytes });
    // Opened and migrated now; one that cannot be is logged once and the bot answers without ratings.
    const feedback = new FeedbackStore({ dataDir: config.dataDir, logger });
    feedback.open();
    // Listened for before connecting: "connected to Discord" is logged as the connection opens, and a stop signal sent on
    // seeing it (a service manager, a test) must find the handler, not Node's default of dying at once.
    const signal = stopSignal();
    let front: Awaited<ReturnType<typeof startDiscord>>;
    try {
      front = await startDiscord({ config, engine: () => holder.current, reload: () => holder.reload(), ingest, registry, logger, feedback });
    } catch (error) {
      signal.dispose();
      throw error;
    }
    // Loaded now rather than on the first questions, which would wait for it.
    warmUp(holder.current).catch((error: unknown) => logger.error({ err: error }, 'warming up failed'));
    // The holder logs every outcome (an invalid file with its file, field and reason): there is no admin to tell.
    const stopWatching = config.knowledgeWatch ? holder.watch() : undefined;
    if (stopWatching !== undefined) logger.info({ dir: config.knowledgeDir }, 'watching the knowledge folder');
    const ended = await Promise.race([signal.received, front.refused]);
    signal.dispose();
    const refused = ended instanceof DiscordRefusedError;
    const exitCode = refused ? EXIT_SETUP : 0;
    if (refused) logger.fatal({ code: ended.code }, ended.message);
    else logger.info({ signal: ended }, 'stopping');
    // Whatever happens to the stop (Discord unreachable, a reconnect racing it), the process ends within the limit.
    exitAfter(SHUTDOWN_LIMIT_MS, exitCode, logger, 'the stop did not finish in time; ending the process');
    stopWatching?.();
    await front.stop();
    feedback.close();
    // A shard forked by the sharding manager has an IPC channel to it, which would keep this process alive.
    if (process.connected) process.disconnect();
    exitAfter(LINGER_LIMIT_MS, exitCode, logger, 'sockets left open after the stop; ending the process');
    return exitCode;
  } catch (error) {
    if (error instanceof DiscordRefusedError) {
      logger.fatal({ code: error.code }, error.message);
      return EXIT_SETUP;
    }
    logger.fatal({ err: error }, 'the Discord front could not start');
    return 1;
  } finally {
    removeGuards();
  }
}
