/**
 * What the process entry points (`npm start`, `npm run start:sharded`) do
 * with a configuration that does not validate: the same message and the same
 * documented exit code from both.
 */
import { EXIT_SETUP } from './cli/exit-codes.ts';
import { ConfigError } from './errors.ts';

/**
 * Ends the process's work on a {@link ConfigError}: its message (which names
 * the variable and what it expects, never its value) on standard error,
 * without a stack trace, and exit code {@link EXIT_SETUP} (3). Anything else
 * is rethrown: it is a bug, and its stack is wanted.
 */
export function exitOnConfigError(error: unknown): void {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = EXIT_SETUP;
}
