/**
 * A built knowledge base handed from the build process to the serving one
 * through a temporary file: the build writes its packed form (the cache
 * body layout, cache-format.ts) and the serving thread reads it back a few
 * megabytes at a time between interactions, then removes it. A file costs
 * the serving thread one copy of each typed array out of the page cache;
 * over IPC the same bytes would be framed, buffered and deserialized on the
 * serving thread's event loop. There is no checksum: the file is private to
 * this hand-over (named after the serving process that reads it, removed
 * once read, and swept like the cache's temporary files once that process
 * is gone).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CacheFormatError } from '../errors.ts';
import type { Steps } from '../steps.ts';
import { decodeSteps, encodeBody } from './cache-format.ts';
import { fileSource, removeStaleTemps } from './cache.ts';
import type { PackedKnowledge } from './packed.ts';
import { PARTS } from './versions.ts';

/**
 * The top of a packed knowledge base as read back: shallow, the parts'
 * unpackers check their contents as they go (adopt.ts).
 */
const packedSchema = z.strictObject({
  corpus: z.strictObject({ packed: z.strictObject({ meta: z.string(), lengths: z.instanceof(Uint32Array), text: z.instanceof(Uint8Array) }) }),
  passages: z.strictObject({ count: z.number().int().nonnegative(), records: z.instanceof(Int32Array) }),
  index: z.looseObject({ engine: z.literal('minisearch') }),
  facts: z.union([
    z.strictObject({ kind: z.literal('file'), file: z.string(), key: z.string() }),
    z.strictObject({ kind: z.literal('body'), body: z.instanceof(Uint8Array) }),
  ]),
  origin: z.union([z.strictObject({ from: z.literal('cache') }), z.strictObject({ from: z.literal('build'), reason: z.string() })]),
  built: z.array(z.enum(PARTS)),
});

/** The folder of hand-over files: a temporary folder of their own, so that sweeping it touches nothing else. */
export const HANDOVER_DIR = join(tmpdir(), 'policy-bot-handover');

/** Removes the hand-over files whose reader is gone (a serving process that stopped or crashed mid-reload). Returns their names. */
export function removeStaleHandovers(dir = HANDOVER_DIR): string[] {
  return removeStaleTemps(dir);
}

/**
 * Writes `packed` (its corpus packed, its facts a file or a body: no
 * objects to encode) into `dir` for the process `reader`, under a name of
 * the cache's temporary-file pattern with the reader's pid (cache.ts'
 * removeStaleTemps sweeps it once that process is gone, never while it may
 * still read it). Resolves to the file.
 */
export async function writePackedFile(reader: number, packed: PackedKnowledge, dir = HANDOVER_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `handover.${reader}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(file, encodeBody(packed));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return file;
}

/**
 * Reads the packed knowledge base {@link writePackedFile} wrote, as steps
 * (steps.ts), and removes the file once read (or found unreadable). Throws a
 * CacheFormatError when it does not hold one.
 */
export function* readPackedFileSteps(file: string): Steps<PackedKnowledge> {
  const fd = openSync(file, 'r');
  try {
    const value = yield* decodeSteps(fileSource(fd, 0, fstatSync(fd).size));
    const parsed = packedSchema.safeParse(value);
    if (!parsed.success)
      throw new CacheFormatError(`policy-bot: the build's hand-over file is not a packed knowledge base (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return value as PackedKnowledge;
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}
