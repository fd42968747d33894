/**
 * Which Discord requests are sent once more when their connection was found
 * closed before any answer (src/discord/closed-connection.ts): those a
 * repeat cannot answer twice, once, and only for a closed connection.
 */
import { describe, expect, it } from 'vitest';
import { isClosedConnection, isSafeToRepeat, retryOnClosedConnection } from '../../src/discord/closed-connection.ts';
import { silentLogger } from '../../src/log.ts';

const API = 'http://127.0.0.1:1/api/v10';
const CALLBACK = `${API}/interactions/123/tok.en/callback?with_response=false`;
const ORIGINAL = `${API}/webhooks/9/tok.en/messages/@original`;
const FOLLOW_UP = `${API}/webhooks/9/tok.en?wait=true`;
const CHANNEL_MESSAGE = `${API}/channels/5/messages`;

/** An error as undici reports a connection the server closed. */
function closed(code: string): Error {
  return Object.assign(new Error(code === 'UND_ERR_SOCKET' ? 'other side closed' : `write ${code}`), { code });
}

/** A makeRequest that fails with each of `failures` in turn, then answers 204; counts its calls. */
function flaky(failures: readonly Error[]) {
  let calls = 0;
  const makeRequest = async () => {
    const failure = failures[calls++];
    if (failure !== undefined) throw failure;
    return new Response(null, { status: 204 });
  };
  return { makeRequest, calls: () => calls };
}

describe('a request whose connection was closed before any answer', () => {
  it('is safe to repeat for an interaction callback and a webhook read, edit or removal; never for a message created', () => {
    expect(isSafeToRepeat('POST', CALLBACK)).toBe(true);
    expect(isSafeToRepeat('PATCH', ORIGINAL)).toBe(true);
    expect(isSafeToRepeat('GET', ORIGINAL)).toBe(true);
    expect(isSafeToRepeat('DELETE', ORIGINAL)).toBe(true);
    expect(isSafeToRepeat('POST', FOLLOW_UP)).toBe(false);
    expect(isSafeToRepeat('POST', CHANNEL_MESSAGE)).toBe(false);
    expect(isSafeToRepeat('PATCH', CHANNEL_MESSAGE)).toBe(false);
  });

  it('is told by its code, on the error or its cause', () => {
    expect(isClosedConnection(closed('UND_ERR_SOCKET'))).toBe(true);
    expect(isClosedConnection(closed('EPIPE'))).toBe(true);
    expect(isClosedConnection(new Error('fetch failed', { cause: closed('ECONNRESET') }))).toBe(true);
    expect(isClosedConnection(Object.assign(new Error('timeout'), { code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe(false);
    expect(isClosedConnection('other side closed')).toBe(false);
  });

  it('is sent once more when safe, and only once, after the event loop has read what else arrived', async () => {
    const order: string[] = [];
    const once = flaky([closed('EPIPE')]);
    const retrying = retryOnClosedConnection(async () => {
      order.push('request');
      // What arrives meanwhile (other connections' closings) is handled before the repeat goes out.
      if (order.length === 1) setImmediate(() => order.push('other I/O'));
      return once.makeRequest();
    }, silentLogger());
    expect((await retrying(CALLBACK, { method: 'POST' })).status).toBe(204);
    expect(once.calls()).toBe(2);
    expect(order).toEqual(['request', 'other I/O', 'request']);

    const twice = flaky([closed('EPIPE'), closed('UND_ERR_SOCKET')]);
    await expect(retryOnClosedConnection(twice.makeRequest, silentLogger())(ORIGINAL, { method: 'PATCH' })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(twice.calls()).toBe(2);
  });

  it('is not sent again when a repeat could post twice, when it failed otherwise, or when it was aborted', async () => {
    const followUp = flaky([closed('UND_ERR_SOCKET')]);
    await expect(retryOnClosedConnection(followUp.makeRequest, silentLogger())(FOLLOW_UP, { method: 'POST' })).rejects.toThrow('other side closed');
    expect(followUp.calls()).toBe(1);

    const other = flaky([new Error('boom')]);
    await expect(retryOnClosedConnection(other.makeRequest, silentLogger())(CALLBACK, { method: 'POST' })).rejects.toThrow('boom');
    expect(other.calls()).toBe(1);

    const aborted = flaky([closed('UND_ERR_SOCKET')]);
    await expect(retryOnClosedConnection(aborted.makeRequest, silentLogger())(CALLBACK, { method: 'POST', signal: AbortSignal.abort() })).rejects.toThrow(
      'other side closed',
    );
    expect(aborted.calls()).toBe(1);
  });
});
