/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * terminal console over the same engine and commands.
 */
import { processIO, runCli } from './cli/main.ts';
import { loadConfig } from './config.ts';

const config = loadConfig();
if (config.discordToken === undefined) {
  process.exitCode = await runCli([], processIO());
} else {
  process.stderr.write('policy-bot: DISCORD_TOKEN is set, but the Discord front is not built yet; unset it to use the console.\n');
  process.exitCode = 3;
}
