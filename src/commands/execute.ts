/** Running a command the same way from every front: parse its options, check admin rights, call its handler. */
import { UserError } from '../errors.ts';
import type { Reply } from '../replies.ts';
import type { AnyCommand, CommandContext } from './command.ts';
import type { OptionValues } from './options.ts';
import { parseOptions } from './registry.ts';

/** A command refused because the caller is not an admin. */
export class NotAllowedError extends UserError {
  override name = 'NotAllowedError';
  constructor(command: string) {
    super('bad-argument', `/${command} is for server managers only.`);
  }
}

/** Parses `raw` for `command` and runs it. Throws UserError for bad options, a refused admin command, or a Discord-only command in a terminal. */
export async function executeCommand(command: AnyCommand, raw: Record<string, unknown>, context: CommandContext): Promise<Reply> {
  if (command.inTerminal !== undefined && context.front !== 'discord') throw new UserError('bad-argument', command.inTerminal);
  if (command.admin === true && !context.isAdmin) {
    context.logger.warn({ command: command.name, user: context.userId, front: context.front }, 'admin command refused');
    throw new NotAllowedError(command.name);
  }
  const options = parseOptions(command, raw) as OptionValues<AnyCommand['options']>;
  return command.run(options, command.readsFacts === true ? await settledContext(context) : context);
}

/**
 * `context` with an engine whose facts have settled: waits (without holding
 * the event loop) for the facts of the engine serving, and again for a newer
 * one if a reload replaced it meanwhile, so that the command never runs on
 * an engine an update has since replaced.
 */
async function settledContext(context: CommandContext): Promise<CommandContext> {
  let current = context;
  for (;;) {
    await current.engine.factsSettled();
    const latest = current.latestEngine?.() ?? current.engine;
    if (latest === current.engine) return current;
    current = { ...current, engine: latest };
  }
}
