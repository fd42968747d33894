/** Exit codes of the terminal fronts, and which error gets which. */
import { ConfigError, IngestError, KnowledgeError, UserError } from '../errors.ts';
import { CommandDefinitionError } from '../commands/registry.ts';

export const EXIT_OK = 0;
/** The user asked for something that is not there or not valid (unknown actor, empty question), or a file ingest refuses. */
export const EXIT_USER_ERROR = 1;
/** The command line itself is wrong (unknown flag or subcommand). */
export const EXIT_USAGE = 2;
/**
 * The setup is wrong: the knowledge folder, the configuration or a command file
 * does not validate, Discord refuses the token, or `npm start` has neither a
 * token nor input for its console.
 */
export const EXIT_SETUP = 3;
/** A bug: logged with its stack. */
export const EXIT_INTERNAL = 70;

/** The exit code for an error. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT_USAGE;
  if (error instanceof UserError || error instanceof IngestError) return EXIT_USER_ERROR;
  if (error instanceof KnowledgeError || error instanceof ConfigError || error instanceof CommandDefinitionError) return EXIT_SETUP;
  return EXIT_INTERNAL;
}

/** A malformed command line. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string) {
    super('bad-argument', message);
  }
}
