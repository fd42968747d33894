/**
 * The interactive console: the bot's slash commands, one per line, answered
 * in the terminal. Reads piped input too and ends at end of input, so
 * `printf '/ask What is NIS2?\n' | npm start` works.
 */
import type { CommandContext } from '../commands/command.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import { UserError } from '../errors.ts';
import { ANSI_STYLE, PLAIN_STYLE } from '../views/terminal/style.ts';
import { parseCommandLine } from './command-line.ts';
import type { TerminalIO } from './io.ts';
import { runForTerminal } from './run-line.ts';

const QUIT = new Set(['/quit', '/exit', '/q']);

/** Runs the console until end of input or `/quit`; `contextFor` gives each line its context. Resolves to the number of lines that failed. */
export async function runConsole(registry: CommandRegistry, contextFor: () => CommandContext, io: TerminalIO): Promise<number> {
  const style = io.interactive ? ANSI_STYLE : PLAIN_STYLE;
  if (io.interactive) {
    io.err('policy-bot console: type /help for what it knows, /ask <question> to ask (or just the question), /quit to leave.\n');
  }
  let failures = 0;
  for await (const line of io.lines()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (QUIT.has(trimmed.toLowerCase())) break;
    // A fresh context per line: after a /reload the next line sees the new engine.
    const context = contextFor();
    try {
      const { command, raw } = parseCommandLine(trimmed, registry);
      const outcome = await runForTerminal(command, raw, context, { json: false, style });
      if (outcome.ok) io.out(`${outcome.text}\n\n`);
      else {
        failures++;
        io.out(`${outcome.error.message}\n\n`);
      }
    } catch (error) {
      failures++;
      if (error instanceof UserError) {
        io.out(`${error.message}\n\n`);
      } else {
        // A bug must not end the session: log it whole, tell the user briefly, take the next line.
        context.logger.error({ err: error, line: trimmed.slice(0, 200) }, 'console command failed');
        io.out('Something went wrong answering that; it has been logged.\n\n');
      }
    }
  }
  return failures;
}
