/**
 * The on-disk cache of a built knowledge base, one file per part (passages,
 * index, facts: see versions.ts), each under the key of what it was built
 * from. A file that is missing, stale, truncated or corrupt is reported as
 * such and rebuilt by the caller, never trusted; one that cannot be read at
 * all (a cache folder that is a file, a file without permission) is
 * reported as unreadable, and the caller rebuilds and warns. Writes go to a
 * temporary file that is renamed into place, so a crash mid-write leaves the
 * previous file whole; {@link removeStaleTemps} clears what such a crash
 * left behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { CacheFormatError } from '../errors.ts';
import { type BodySource, decodeFrom, encodeBody, type SectionReaders } from './cache-format.ts';
import type { Part } from './versions.ts';

/**
 * What a cache file holds: a part built from the corpus (versions.ts), the
 * loaded corpus itself (corpus-cache.ts), or each document's facts before
 * they are put together (document-fact-pack.ts), which only updates read.
 */
export type CachePart = Part | 'corpus' | 'document-facts';

/** Bumped by hand when the file layout changes. */
export const CACHE_FORMAT_VERSION = 6;

const headerSchema = z.strictObject({
  format: z.literal('policy-bot-store'),
  version: z.literal(CACHE_FORMAT_VERSION),
  part: z.enum(['corpus', 'passages', 'index', 'facts', 'document-facts']),
  key: z.string().regex(/^[0-9a-f]{64}$/u),
  crc32: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
type Header = z.infer<typeof headerSchema>;

/** The result of reading a cache file: its value, or why there is none. */
export type CacheRead =
  | { readonly status: 'fresh'; readonly value: unknown }
  | { readonly status: 'missing' | 'stale' | 'corrupt' | 'unreadable'; readonly reason: string };

/** The most a header line can take: it is a few hundred bytes of JSON. */
const MAX_HEADER_BYTES = 4096;

/** Errors of opening or reading a file that make it unreadable, not a bug: the cache is rebuilt, with a warning. */
const UNREADABLE = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'ELOOP', 'EIO', 'ENAMETOOLONG']);

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A running CRC-32 of the bytes read so far. */
export interface Checksum {
  value: number;
}

/**
 * A {@link BodySource} reading `bytes` bytes of the open file `fd` from
 * `start`, carrying each into `checksum` as it goes, if one is given (it is
 * checked once everything is read, before anything read is used). CRC-32,
 * not a cryptographic hash: it guards against a damaged file, not a forged
 * one (the cache is this process's own), and at ~5 GB/s against SHA-256's
 * ~1.5 on this machine, a 100k-passage start's checksums went from ~290 ms
 * to ~70 ms of its profile (both under load).
 */
export function fileSource(fd: number, start: number, bytes: number, checksum?: Checksum): BodySource {
  let at = start;
  const end = start + bytes;
  const fill = (target: Uint8Array): void => {
    for (let done = 0; done < target.byteLength; ) {
      const n = readSync(fd, target, done, target.byteLength - done, at + done);
      if (n === 0) throw new CacheFormatError('the file ends early');
      done += n;
    }
    at += target.byteLength;
    if (checksum !== undefined) checksum.value = crc32(target, checksum.value);
  };
  return {
    get remaining() {
      return end - at;
    },
    take(n) {
      // Every byte is read over it at once.
      const part = Buffer.allocUnsafe(n);
      fill(part);
      return part;
    },
    fill,
  };
}

/** The header of the open file `fd`, and where its body starts; throws a CacheFormatError when there is none. */
function readHeader(fd: number, size: number): { header: Header; bodyStart: number } {
  const head = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
  readSync(fd, head, 0, head.length, 0);
  const newline = head.indexOf(0x0a);
  if (newline < 0) throw new CacheFormatError('no header line');
  let json: unknown;
  try {
    json = JSON.parse(head.subarray(0, newline).toString('utf8'));
  } catch {
    throw new CacheFormatError('the header is not a policy-bot store header of this version');
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new CacheFormatError('the header is not a policy-bot store header of this version');
  return { header: parsed.data, bodyStart: newline + 1 };
}

/** Opens `file` for reading, or says why a cache there cannot be used. */
function openCache(file: string): number | Exclude<CacheRead, { status: 'fresh' }> {
  try {
    return openSync(file, 'r');
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return { status: 'missing', reason: `no cache at ${file}` };
    if (code !== undefined && UNREADABLE.has(code)) return { status: 'unreadable', reason: `${file}: ${code}` };
    throw error;
  }
}

/**
 * Reads the `part` file `file` for `key`: its value when it is fresh.
 * Never throws for a bad or unreadable file (says what is wrong with it);
 * with `headerOnly`, checks the header alone and returns no value. With
 * `key` null, any key will do: the caller checks what the value is of (an
 * update of the cache reads the served corpus so, and checks its hash).
 * `readers` read the sections they name themselves (cache-format.ts).
 */
export function readCacheSync(file: string, part: CachePart, key: string | null, headerOnly = false, readers?: SectionReaders): CacheRead {
  const fd = openCache(file);
  if (typeof fd !== 'number') return fd;
  try {
    const size = fstatSync(fd).size;
    const { header, bodyStart } = readHeader(fd, size);
    if (header.part !== part) throw new CacheFormatError(`a ${header.part} file where ${part} was expected`);
    if (key !== null && header.key !== key) return { status: 'stale', reason: 'built from other knowledge or by other stage versions' };
    const bodyBytes = size - bodyStart;
    if (bodyBytes !== header.bytes) throw new CacheFormatError(`truncated: ${bodyBytes} of ${header.bytes} bytes`);
    if (headerOnly) return { status: 'fresh', value: undefined };
    const checksum = { value: 0 };
    // What section readers make of the bytes is dropped with them when the checksum does not hold.
    const value = decodeFrom(fileSource(fd, bodyStart, bodyBytes, checksum), readers);
    if (checksum.value !== header.crc32) throw new CacheFormatError('checksum mismatch');
    return { status: 'fresh', value };
  } catch (error) {
    if (error instanceof CacheFormatError) return { status: 'corrupt', reason: error.message };
    const code = errnoOf(error);
    if (code !== undefined && UNREADABLE.has(code)) return { status: 'unreadable', reason: `${file}: ${code}` };
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Writes `value` (plain objects and typed arrays) to `file` as the `part` for `key`, atomically (temporary file, then rename). */
export async function writeCache(file: string, part: CachePart, key: string, value: unknown): Promise<void> {
  const body = encodeBody(value);
  const header = {
    format: 'policy-bot-store',
    version: CACHE_FORMAT_VERSION,
    part,
    key,
    crc32: crc32(body),
    bytes: body.length,
  } satisfies Header;
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // Header and body written one after the other: concatenated, a body of hundreds of megabytes was copied once more.
    await writeFile(temp, [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temporary file of {@link writeCache}: `<file>.<pid>.<8 hex>.tmp`. */
const TEMP_NAME = /^(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

/** True when process `pid` is running (signal 0 tests without sending). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/**
 * Removes the temporary files that a crashed cache write left in `dir` (one
 * as large as the cache, forever otherwise): those of a process that is no
 * longer running, or older than `maxAgeMs` (a live process's write takes
 * seconds). Returns the names removed; a folder that cannot be listed has none.
 */
export function removeStaleTemps(dir: string, now = Date.now(), maxAgeMs = 3_600_000): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // No cache folder yet, or one that is not a folder: nothing to clean (reading it says the rest).
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    // Gone since the listing: its writer renamed it into place (or another start removed it).
    if (stat === undefined) continue;
    const stale = !isRunning(Number(match[2])) || now - stat.mtimeMs > maxAgeMs;
    if (!stale) continue;
    rmSync(path, { force: true });
    removed.push(name);
  }
  return removed;
}
