/**
 * The Discord front as `npm start` runs it: logger, engine, commands, process
 * guards, the client, and a clean stop on SIGINT/SIGTERM.
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
    const holder = await EngineHolder.open({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, logger });
    const registry = await loadCommands();
    const front = await startDiscord({ config, engine: () => holder.current, reload: () => holder.reload(), registry, logger });
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    logger.info({ signal }, 'stopping');
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
