/**
 * The project's structured logger (pino). Logs go to standard error so that
 * standard output stays the answer (the terminal front prints JSON there).
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Log levels accepted in configuration. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A logger writing JSON lines to standard error at `level`. The token is redacted wherever it might appear. */
export function createLogger(level: LogLevel): Logger {
  return pino(
    { level, base: null, redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'], censor: '[redacted]' } },
    pino.destination(2),
  );
}

/** A logger that drops everything: for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
