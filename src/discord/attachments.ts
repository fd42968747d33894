/**
 * Fetching what a member attached to a command. The bot fetches only the
 * URL Discord resolved for the interaction's own attachment (never a URL
 * typed into an option), only from Discord's CDN (`DISCORD_CDN_BASE`: the
 * loopback fake in tests), never following a redirect, and never more than
 * the configured limit: the declared size is checked before the request,
 * and the body is read in chunks and abandoned past the limit, whatever the
 * headers said.
 */
import type { Attachment } from 'discord.js';
import type { UploadedFile } from '../commands/options.ts';
import { UserError } from '../errors.ts';

/** What a fetch may do. */
export interface AttachmentLimits {
  /** The most bytes fetched (`INGEST_MAX_BYTES`). */
  readonly maxBytes: number;
  /** The only origin fetched from (`DISCORD_CDN_BASE`, `https://cdn.discordapp.com` by default). */
  readonly cdnBase: string;
  /** How long one fetch may take, headers to last byte. */
  readonly timeoutMs?: number;
}

/** How long a fetch may take unless told otherwise: 25 MB at a slow 1 MB/s, and some. */
export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;

const refused = (what: string): UserError => new UserError('bad-argument', what);

/** Whether `url` is on the CDN's origin (scheme, host and port) and under its path. */
export function isCdnUrl(url: string, cdnBase: string): boolean {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(cdnBase);
  } catch {
    return false;
  }
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return target.origin === base.origin && target.username === '' && target.password === '' && (base.pathname === '/' || target.pathname.startsWith(prefix));
}

/** Reads `body` into one array, rejecting as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw refused(`it is larger than the limit of ${maxBytes.toLocaleString('en-US')} bytes (more arrived than Discord declared); nothing was kept.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Fetches the attachment's bytes from the CDN under `limits`. Rejects with a UserError for a refusal. */
export async function fetchAttachment(attachment: Pick<Attachment, 'url' | 'size'>, limits: AttachmentLimits): Promise<Uint8Array> {
  if (attachment.size > limits.maxBytes)
    throw refused(`Discord declares it as ${attachment.size.toLocaleString('en-US')} bytes, over the limit of ${limits.maxBytes.toLocaleString('en-US')}.`);
  if (!isCdnUrl(attachment.url, limits.cdnBase)) throw refused("its address is not on Discord's CDN, so it was not fetched.");
  let response: Response;
  try {
    response = await fetch(attachment.url, { redirect: 'error', signal: AbortSignal.timeout(limits.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw refused(`it could not be downloaded from Discord (${error instanceof Error ? error.message : String(error)}); try again.`);
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    throw refused(`Discord answered ${response.status} when it was downloaded; attach it again.`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body.cancel();
    throw refused(`it is ${declared.toLocaleString('en-US')} bytes, over the limit of ${limits.maxBytes.toLocaleString('en-US')}.`);
  }
  try {
    return await readCapped(response.body, limits.maxBytes);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // The connection dropped or the time limit passed while reading: nothing is kept.
    throw refused(`its download was interrupted (${error instanceof Error ? error.message : String(error)}); attach it again.`);
  }
}

/** The attachment as a command option's value: its declared name, size and type, its bytes fetched when asked. */
export function uploadedFile(attachment: Pick<Attachment, 'name' | 'size' | 'contentType' | 'url'>, limits: AttachmentLimits): UploadedFile {
  return {
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType ?? undefined,
    bytes: () => fetchAttachment(attachment, limits),
  };
}
