/**
 * One retry for a Discord REST request that found its connection closed
 * before any response came back. The HTTP client keeps connections to
 * Discord open between requests; when the serving thread stalls for longer
 * than the server keeps an idle connection (a long garbage collection under
 * load), the server closes it meanwhile, and the next request written on it
 * fails with `other side closed`, EPIPE or ECONNRESET: measured at 100k
 * passages during a reload, those replies were lost. discord.js retries
 * ECONNRESET for every request but not the other two, and retrying any
 * request could post a message twice, so this retries only what cannot be
 * answered twice by a retry:
 * - an interaction callback: Discord takes one per interaction, so a retry
 *   of one that did arrive is refused (40060, already acknowledged), never
 *   shown as a second answer;
 * - a read, edit or removal of a message by webhook (GET, PATCH, DELETE):
 *   doing it twice is doing it once.
 * A follow-up or channel message (a POST that creates one) is never retried.
 * An error from `makeRequest` means no response arrived (it resolves at the
 * response's headers), so the retry never repeats a request Discord answered.
 */
import type { RESTOptions } from 'discord.js';
import type { Logger } from '../log.ts';

type MakeRequest = RESTOptions['makeRequest'];

/** Error codes of a connection the other side closed before answering. */
const CLOSED = new Set(['UND_ERR_SOCKET', 'EPIPE', 'ECONNRESET']);

/** The first error code of a closed connection in `error` or its causes. */
function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined && CLOSED.has(code)) return code;
  }
  return undefined;
}

/** Whether `error` (or its cause) says the connection was closed before any response. */
export function isClosedConnection(error: unknown): boolean {
  return codeOf(error) !== undefined;
}

const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback$/u;
const WEBHOOK_MESSAGE = /\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/u;

/** Whether sending the request `method url` twice has the effect of sending it once (see the module's comment). */
export function isSafeToRepeat(method: string | undefined, url: string): boolean {
  const path = new URL(url).pathname;
  const verb = (method ?? 'GET').toUpperCase();
  if (verb === 'POST') return CALLBACK.test(path);
  return ['GET', 'PATCH', 'DELETE'].includes(verb) && WEBHOOK_MESSAGE.test(path);
}

/** `makeRequest`, sending a request that is safe to repeat once more when its connection was found closed. */
export function retryOnClosedConnection(makeRequest: MakeRequest, logger: Logger): MakeRequest {
  return async (url, init) => {
    try {
      return await makeRequest(url, init);
    } catch (error) {
      if (!isClosedConnection(error) || !isSafeToRepeat(init.method, url) || init.signal?.aborted === true) throw error;
      // What was sent, not where: the path holds the interaction's token (log.ts would redact it, but it need not be there).
      const request = CALLBACK.test(new URL(url).pathname) ? 'interaction callback' : `${init.method ?? 'GET'} webhook message`;
      logger.info({ request, code: codeOf(error) }, 'a Discord connection was closed before answering; sending again');
      // After a stall the server has often closed every idle connection, not just this one. A write can fail at once
      // (EPIPE), before this process has read the other closings: one turn of the event loop lets it read them, so the
      // repeat goes out on a live connection instead of the next stale one (seen at 100k passages during a reload).
      await new Promise<void>((resolve) => setImmediate(resolve));
      return makeRequest(url, init);
    }
  };
}
