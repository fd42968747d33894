/**
 * The on-disk cache of a built index (and the passages it was built over),
 * keyed by a hash of the knowledge folder and of the text pipeline. A cache
 * that is missing, stale, truncated or corrupt is reported as such and
 * rebuilt by the caller, never trusted. Writes go to a temporary file that is
 * renamed into place, so a crash mid-write leaves the previous cache whole.
 */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { readSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { BODY_PROBE, parseBody } from '../knowledge/body.ts';
import { MAX_PASSAGE_CHARS } from '../text/chunk.ts';
import { splitSentences } from '../text/sentences.ts';
import { processText } from '../text/terms.ts';
import { type BodySource, decodeFrom, encodeBody } from './cache-format.ts';
import { factsFingerprint, type PackedFacts } from './fact-pack.ts';
import type { PackedIndex } from './index.ts';
import { FREQUENT_TERM_MIN_DF, FREQUENT_TERM_SHARE, MAX_POSTINGS_PER_TERM } from './limits.ts';
import type { PackedPassages } from './passage-pack.ts';

/** Bumped by hand when the file layout changes. */
export const CACHE_FORMAT_VERSION = 4;

/**
 * A probe run through the text pipeline: its output is part of the cache
 * key, so a change to term processing or sentence splitting invalidates
 * every cache without anyone remembering to bump a version.
 */
const PIPELINE_PROBE =
  'The U.S. organisations’ defence centres (e.g. NIS2) recognised “capacity-building” in 2016. Naïve cyber-resilience? Yes! Strategies, strengthening, analyzed.';

/** The fingerprint of the text pipeline as it is in this build. */
export function pipelineFingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify([CACHE_FORMAT_VERSION, MAX_PASSAGE_CHARS, MAX_POSTINGS_PER_TERM, FREQUENT_TERM_MIN_DF, FREQUENT_TERM_SHARE, processText(PIPELINE_PROBE), splitSentences(PIPELINE_PROBE), parseBody(BODY_PROBE), factsFingerprint()]))
    .digest('hex');
}

/** The cache key for a corpus whose files hash to `corpusHash`. */
export function cacheKey(corpusHash: string): string {
  return createHash('sha256').update(corpusHash).update('\0').update(pipelineFingerprint()).digest('hex');
}

/** What a cache file holds. */
export interface CachedBuild {
  /** Where each passage stands in the corpus (passage-pack.ts): their text is the corpus's own. */
  readonly passages: PackedPassages;
  readonly index: PackedIndex;
  /** The extracted facts (fact-pack.ts); null when they cannot be cached (see factsFingerprint). */
  readonly facts: PackedFacts | null;
}

const headerSchema = z.strictObject({
  format: z.literal('policy-bot-index'),
  version: z.literal(CACHE_FORMAT_VERSION),
  key: z.string().regex(/^[0-9a-f]{64}$/u),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  bytes: z.number().int().nonnegative(),
});

const u32 = z.instanceof(Uint32Array);
/**
 * The shape of a body. Shallow on purpose: the checksum proves these are
 * the bytes this module wrote, and the unpackers check what they read as
 * they go; this only keeps a body of another layout from reaching them.
 * Loose objects: their other fields (counts, averages) pass through unchanged.
 */
const bodySchema = z.strictObject({
  passages: z.strictObject({ count: z.number().int().nonnegative(), records: z.instanceof(Int32Array) }),
  index: z.looseObject({
    engine: z.literal('minisearch'),
    terms: z.array(z.string()),
    documentFrequency: u32,
    postingCounts: u32,
    postingIds: u32,
    postingFrequencies: z.instanceof(Uint16Array),
    fieldLengths: u32,
    common: z.looseObject({ terms: z.array(z.string()), counts: u32, ordinals: u32, frequencies: z.instanceof(Uint8Array), lengths: z.instanceof(Uint16Array) }),
  }),
  facts: z.unknown(),
});

/** The result of reading a cache: a build, or why there is none. */
export type CacheRead =
  | { readonly status: 'fresh'; readonly build: CachedBuild }
  | { readonly status: 'missing' | 'stale' | 'corrupt'; readonly reason: string };

/** The most a header line can take: it is a few hundred bytes of JSON. */
const MAX_HEADER_BYTES = 4096;

/**
 * A {@link BodySource} reading `bytes` bytes of the open file `fd` from
 * `start`, feeding each into `hash` as it goes (the checksum is checked
 * once everything is read, before anything read is used).
 */
function fileSource(fd: number, start: number, bytes: number, hash: Hash): BodySource {
  let at = start;
  const end = start + bytes;
  const fill = (target: Uint8Array): void => {
    for (let done = 0; done < target.byteLength; ) {
      const n = readSync(fd, target, done, target.byteLength - done, at + done);
      if (n === 0) throw new Error('the file ends early');
      done += n;
    }
    at += target.byteLength;
    hash.update(target);
  };
  return {
    get remaining() {
      return end - at;
    },
    take(n) {
      const part = Buffer.alloc(n);
      fill(part);
      return part;
    },
    fill,
  };
}

/** Reads the cache file at `file` for `key`. Never throws for a bad file: says what is wrong with it. */
export async function readCache(file: string, key: string): Promise<CacheRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing', reason: `no cache at ${file}` };
    throw error;
  }
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
    await handle.read(head, 0, head.length, 0);
    const newline = head.indexOf(0x0a);
    if (newline < 0) return { status: 'corrupt', reason: 'no header line' };
    let header: z.infer<typeof headerSchema>;
    try {
      header = headerSchema.parse(JSON.parse(head.subarray(0, newline).toString('utf8')));
    } catch {
      return { status: 'corrupt', reason: 'the header is not a policy-bot index header of this version' };
    }
    if (header.key !== key) return { status: 'stale', reason: 'built from other knowledge or another text pipeline' };
    const bodyBytes = size - newline - 1;
    if (bodyBytes !== header.bytes) return { status: 'corrupt', reason: `truncated: ${bodyBytes} of ${header.bytes} bytes` };
    const hash = createHash('sha256');
    let decoded: unknown;
    try {
      decoded = decodeFrom(fileSource(handle.fd, newline + 1, bodyBytes, hash));
    } catch (error) {
      return { status: 'corrupt', reason: `unreadable body (${error instanceof Error ? error.message : String(error)})` };
    }
    if (hash.digest('hex') !== header.sha256) return { status: 'corrupt', reason: 'checksum mismatch' };
    const parsed = bodySchema.safeParse(decoded);
    if (!parsed.success) return { status: 'corrupt', reason: `unexpected content (${parsed.error.issues[0]?.message ?? 'invalid'})` };
    // The checksum proves these are the bytes this module wrote; the schema checked their shape.
    return { status: 'fresh', build: parsed.data as unknown as CachedBuild };
  } finally {
    await handle.close();
  }
}

/** Writes `build` to `file` for `key`, atomically (temporary file, then rename). */
export async function writeCache(file: string, key: string, build: CachedBuild): Promise<void> {
  const body = encodeBody(build);
  const header = {
    format: 'policy-bot-index',
    version: CACHE_FORMAT_VERSION,
    key,
    sha256: createHash('sha256').update(body).digest('hex'),
    bytes: body.length,
  } satisfies z.infer<typeof headerSchema>;
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
