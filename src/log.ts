/**
 * The project's structured logger (pino). Logs go to standard error so that
 * standard output stays the answer (the terminal front prints JSON there).
 * No secret reaches a log line: the bot token under the usual keys, and the
 * tokens inside Discord REST URLs (an interaction's token lets whoever holds
 * it post as the bot for 15 minutes) wherever they appear in the line.
 */
import { createRequire } from 'node:module';
import type { DestinationStream, Logger as PinoLogger } from 'pino';

/** What the project logs through: a pino logger's level methods, its level and isLevelEnabled (a pino logger is one). */
export type Logger = Pick<PinoLogger, LevelMethod | 'level' | 'isLevelEnabled'>;

/** Log levels accepted in configuration. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type LevelMethod = Exclude<LogLevel, 'silent'>;

/** pino's value of each level: a line is written when its level's value is at least the logger's. */
const LEVEL_VALUES: Readonly<Record<string, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY };

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

/** pino, required when a first line is written: CommonJS, so it loads synchronously there. */
function loadPino(): typeof import('pino') {
  return createRequire(import.meta.url)('pino') as typeof import('pino');
}

/**
 * A logger at `level` that creates its pino logger (`make`) when it first has
 * a line to write. pino and what it requires take ~30 ms to load, and its
 * destination flushes standard error at exit; one question from the command
 * line usually writes no line at its default level (warn) and pays for none
 * of it.
 */
function lazyLogger(level: LogLevel, make: (level: string) => PinoLogger): Logger {
  let current: string = level;
  let made: PinoLogger | undefined;
  const real = (): PinoLogger => (made ??= make(current));
  const isLevelEnabled = (name: string): boolean => {
    const value = LEVEL_VALUES[name];
    return value !== undefined && value >= (LEVEL_VALUES[current] ?? Number.POSITIVE_INFINITY);
  };
  const method =
    (name: LevelMethod) =>
    (...args: [obj: unknown, msg?: string, ...args: unknown[]]): void => {
      if (isLevelEnabled(name)) real()[name](...args);
    };
  return {
    fatal: method('fatal'),
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    debug: method('debug'),
    trace: method('trace'),
    isLevelEnabled,
    get level() {
      return current;
    },
    set level(next: string) {
      current = next;
      if (made !== undefined) made.level = next;
    },
  };
}

/**
 * A logger writing JSON lines at `level` to `destination` (standard error by
 * default). The token is redacted wherever it might appear.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return lazyLogger(level, (at) => {
    const { pino } = loadPino();
    return pino(
      { level: at, base: null, redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'], censor: CENSOR } },
      redacting(destination ?? pino.destination(2)),
    );
  });
}

/** A logger that drops everything: for tests and library use. */
export function silentLogger(): Logger {
  return lazyLogger('silent', () => loadPino().pino({ level: 'silent' }));
}
