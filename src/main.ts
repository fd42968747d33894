/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * terminal console over the same engine and commands (see cli/no-token.ts
 * for a start with neither a token nor input).
 */
import { EXIT_CONFIG } from './cli/exit-codes.ts';
import { processIO } from './cli/main.ts';
import { runWithoutToken } from './cli/no-token.ts';
import { type Config, loadConfig } from './config.ts';
import { ConfigError } from './errors.ts';

let config: Config | undefined;
try {
  config = loadConfig();
} catch (error) {
  // A bad variable is named with what it expects (never with its value): say so and stop, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = EXIT_CONFIG;
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
