/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * terminal console over the same engine and commands (see cli/no-token.ts
 * for a start with neither a token nor input).
 */
import { processIO } from './cli/main.ts';
import { runWithoutToken } from './cli/no-token.ts';
import { type Config, loadConfig } from './config.ts';
import { exitOnConfigError } from './exit.ts';

let config: Config | undefined;
try {
  config = loadConfig();
} catch (error) {
  exitOnConfigError(error);
}
if (config !== undefined) {
  if (config.discordToken === undefined) {
    process.exitCode = await runWithoutToken(processIO(), process.stdin.isTTY === true);
  } else {
    // Imported only for the bot: the console does not need discord.js, whose loading is a good part of a start.
    const { runDiscord } = await import('./discord/main.ts');
    process.exitCode = await runDiscord(config);
  }
}
