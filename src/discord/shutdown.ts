/**
 * How the bot process stops: on any of the signals a service manager or a
 * terminal sends (SIGHUP as SIGINT and SIGTERM: the replies under way are
 * finished, then the gateway is closed), and within a bound. discord.js can
 * keep a socket or a reconnect timer alive after its client is destroyed (a
 * stop that races a gateway drop reconnects afterwards; with Discord
 * unreachable it retries for ever), so a watchdog ends the process once the
 * stop has had its time.
 */
import type { Logger } from '../log.ts';

/** The signals that stop the bot cleanly. A second one ends the process at once (Node's default), for a stop that hangs. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The longest a stop may take from the signal to the end of the process: inside the 10 s service managers commonly give. */
export const SHUTDOWN_LIMIT_MS = 9000;
/** How long the process may linger after a finished stop before it is ended (sockets discord.js left open). */
export const LINGER_LIMIT_MS = 500;

/** Resolves to the first stop signal received; `dispose` removes the handlers (so that a second signal takes Node's default). */
export function stopSignal(): { readonly received: Promise<StopSignal>; dispose(): void } {
  let dispose = (): void => {};
  const received = new Promise<StopSignal>((resolve) => {
    const onSignal = (signal: StopSignal): void => {
      dispose();
      resolve(signal);
    };
    dispose = () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  });
  return { received, dispose: () => dispose() };
}

/**
 * Ends the process with `exitCode` after `ms` unless it has ended by itself.
 * The timer does not keep the process alive: a process with nothing left to
 * do exits at once, as it would without it.
 */
export function exitAfter(ms: number, exitCode: number, logger: Logger, why: string): void {
  const timer = setTimeout(() => {
    logger.warn({ ms, exitCode }, why);
    process.exit(exitCode);
  }, ms);
  timer.unref();
}
