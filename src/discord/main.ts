/**
 * The Discord front as `npm start` runs it: logger, engine, commands, process
 * guards, the client, the knowledge watcher when configured, and a clean stop
 * on SIGINT/SIGTERM (a second signal ends the process at once, as Node does
 * by default, for a stop that hangs).
 */
import { loadCommands } from '../commands/registry.ts';
import type { Config } from '../config.ts';
import { EngineHolder } from '../reload.ts';
import { createLogger } from '../log.ts';
import { startDiscord } from './client.ts';
import { installProcessGuards } from './guards.ts';

/** Runs the bot until a signal stops it. Resolves to the exit code (non-zero when it could not start). */
export async function runDiscord(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  const removeGuards = installProcessGuards(logger);
  try {
    const holder = await EngineHolder.open({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, maxDocumentBytes: config.maxDocumentBytes, logger });
    const registry = await loadCommands();
    const front = await startDiscord({ config, engine: () => holder.current, reload: () => holder.reload(), registry, logger });
    // The holder logs every outcome (an invalid file with its file, field and reason): there is no admin to tell.
    const stopWatching = config.knowledgeWatch ? holder.watch() : undefined;
    if (stopWatching !== undefined) logger.info({ dir: config.knowledgeDir }, 'watching the knowledge folder');
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (s: NodeJS.Signals): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(s);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    logger.info({ signal }, 'stopping');
    stopWatching?.();
    await front.stop();
    // A shard forked by the sharding manager has an IPC channel to it, which would keep this process alive.
    if (process.connected) process.disconnect();
    return 0;
  } catch (error) {
    logger.fatal({ err: error }, 'the Discord front could not start');
    return 1;
  } finally {
    removeGuards();
  }
}
