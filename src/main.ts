/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * terminal console over the same engine and commands.
 */
import { processIO, runCli } from './cli/main.ts';
import { type Config, loadConfig } from './config.ts';
import { runDiscord } from './discord/main.ts';
import { ConfigError } from './errors.ts';

let config: Config | undefined;
try {
  config = loadConfig();
} catch (error) {
  // A bad variable is named with what it expects (never with its value): say so and stop, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 78;
}
if (config !== undefined) {
  process.exitCode = config.discordToken === undefined ? await runCli([], processIO()) : await runDiscord(config);
}
