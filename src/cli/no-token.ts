/**
 * `npm start` without a DISCORD_TOKEN: the terminal console over the same
 * commands, reading the terminal or piped input (`printf '/ask …\n' | npm
 * start`). Started with neither a token nor any input (a service whose `.env`
 * lost its token, standard input closed or empty), it would have answered
 * nothing and exited 0, so that a service manager thinks the bot ran: it says
 * on standard error what happened instead, and exits with EX_CONFIG.
 */
import { EXIT_OK, EXIT_SETUP } from './exit-codes.ts';
import type { TerminalIO } from './io.ts';
import { runCli } from './main.ts';

/** What is printed when there was neither a token nor a line of input. */
export const NO_TOKEN_NO_INPUT =
  'policy-bot: DISCORD_TOKEN is not set (or is empty), so this started the terminal console instead of the Discord bot, ' +
  'and its input (not a terminal) ended without a command: nothing was answered. ' +
  "Set DISCORD_TOKEN (in .env or the environment) to start the bot, or pipe commands in: printf '/ask What is NIS2?\\n' | npm start";

/**
 * Runs the console on `io`. When the input is not a terminal and ended without
 * a single non-blank line, says so on standard error and resolves to
 * {@link EXIT_SETUP}; otherwise to the console's own exit code.
 */
export async function runWithoutToken(io: TerminalIO, inputIsTerminal: boolean, env?: Readonly<Record<string, string | undefined>>): Promise<number> {
  let commands = 0;
  const counting: TerminalIO = {
    ...io,
    lines: async function* () {
      for await (const line of io.lines()) {
        if (line.trim() !== '') commands++;
        yield line;
      }
    },
  };
  const code = await runCli([], counting, env);
  if (code !== EXIT_OK || inputIsTerminal || commands > 0) return code;
  io.err(`${NO_TOKEN_NO_INPUT}\n`);
  return EXIT_SETUP;
}
