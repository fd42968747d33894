/**
 * Runs one command for a terminal front and renders its reply, turning
 * expected failures into messages. Shared by the console and the one-shot CLI.
 */
import type { AnyCommand, CommandContext } from '../commands/command.ts';
import { executeCommand } from '../commands/execute.ts';
import { UserError } from '../errors.ts';
import type { Reply } from '../replies.ts';
import { renderJson } from '../views/json/render.ts';
import type { TerminalStyle } from '../views/terminal/style.ts';
import { renderTerminal } from '../views/terminal/render.ts';

/** The outcome of one command: text to print, or a user-facing error. */
export type LineOutcome = { readonly ok: true; readonly text: string; readonly reply: Reply } | { readonly ok: false; readonly error: UserError };

/** Runs `command` with `raw` options; renders as JSON (one line) or terminal text. Errors other than UserError propagate. */
export async function runForTerminal(
  command: AnyCommand,
  raw: Record<string, unknown>,
  context: CommandContext,
  format: { readonly json: boolean; readonly style: TerminalStyle },
): Promise<LineOutcome> {
  try {
    const reply = await executeCommand(command, raw, context);
    return { ok: true, text: format.json ? JSON.stringify(renderJson(reply)) : renderTerminal(reply, format.style), reply };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error };
    throw error;
  }
}
