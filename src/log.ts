/**
 * The project's structured logger (pino). Logs go to standard error so that
 * standard output stays the answer (the terminal front prints JSON there).
 * No secret reaches a log line: the bot token under the usual keys, and the
 * tokens inside Discord REST URLs (an interaction's token lets whoever holds
 * it post as the bot for 15 minutes) wherever they appear in the line.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Log levels accepted in configuration. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const CENSOR = '[redacted]';

/**
 * The secrets that can hide in text: the token segment of interaction
 * callback and webhook URLs (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<application>/<token>/...`) and a bot token after `Bot `.
 * Matched in the finished JSON line, so an error's message, stack, url or
 * request body is covered whatever serializer produced it.
 */
const SECRETS: readonly [RegExp, string][] = [
  [/(\/interactions\/\d+\/)[^/\s"?#\\]+/gu, `$1${CENSOR}`],
  [/(\/webhooks\/\d+\/)[^/\s"?#\\]+/gu, `$1${CENSOR}`],
  [/(\bBot )[\w.-]{20,}/gu, `$1${CENSOR}`],
];

/** `line` with every token {@link SECRETS} knows replaced by `[redacted]`. */
export function redactSecrets(line: string): string {
  let out = line;
  for (const [pattern, replacement] of SECRETS) out = out.replace(pattern, replacement);
  return out;
}

/** A destination that redacts each line before handing it to `target`. */
function redacting(target: DestinationStream): DestinationStream {
  return { write: (line: string) => target.write(redactSecrets(line)) };
}

/**
 * A logger writing JSON lines at `level` to `destination` (standard error by
 * default). The token is redacted wherever it might appear.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(2)): Logger {
  return pino(
    { level, base: null, redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'], censor: CENSOR } },
    redacting(destination),
  );
}

/** A logger that drops everything: for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
