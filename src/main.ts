/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * terminal console over the same engine and commands.
 */
import { processIO, runCli } from './cli/main.ts';
import { type Config, loadConfig } from './config.ts';
import { runDiscord } from './discord/main.ts';
import { exitOnConfigError } from './exit.ts';

let config: Config | undefined;
try {
  config = loadConfig();
} catch (error) {
  exitOnConfigError(error);
}
if (config !== undefined) {
  process.exitCode = config.discordToken === undefined ? await runCli([], processIO()) : await runDiscord(config);
}
