/** `npm run start:sharded`: the bot as several shard processes under one manager, until SIGINT, SIGTERM or SIGHUP. */
import { loadConfig } from '../config.ts';
import { EXIT_SETUP } from '../cli/exit-codes.ts';
import { ConfigError } from '../errors.ts';
import { exitOnConfigError } from '../exit.ts';
import { createLogger } from '../log.ts';
import { startShards } from './sharding.ts';
import { stopSignal } from './shutdown.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  try {
    const bot = await startShards(config, logger);
    logger.info({ shards: bot.shardIds, of: bot.totalShards }, 'all shards ready');
    const stop = stopSignal();
    const signal = await stop.received;
    stop.dispose();
    logger.info({ signal }, 'stopping the shards');
    await bot.stop();
    return 0;
  } catch (error) {
    logger.fatal({ err: error }, 'the shards could not start');
    return error instanceof ConfigError ? EXIT_SETUP : 1;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // loadConfig failed before there was a logger.
  exitOnConfigError(error);
}
