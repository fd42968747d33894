/**
 * Process-level handlers for the Discord front. discord.js can throw inside
 * its own event handling on a malformed payload; on Node 20 an unhandled
 * rejection ends the process, and one bad payload must not take the bot down.
 */
import type { Logger } from '../log.ts';

/** Logs unhandled rejections and uncaught exceptions instead of dying. Returns a function that removes the handlers. */
export function installProcessGuards(logger: Logger): () => void {
  const onRejection = (reason: unknown): void => logger.error({ err: reason }, 'unhandled rejection (the bot keeps serving)');
  const onException = (error: Error): void => logger.error({ err: error }, 'uncaught exception (the bot keeps serving)');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
