/**
 * The cache body's layout: a JSON manifest for the small, structured part
 * and raw bytes for every typed array. A typed array is most of a large
 * index (postings, passage records), and as JSON (numbers, or base64 in a
 * string) it had to be parsed into objects and then copied again; as raw
 * bytes it is one copy out of the file buffer, which can then be dropped.
 *
 * Body: u32 (little-endian) manifest length, the manifest (UTF-8 JSON), then
 * the sections' bytes back to back. The manifest holds the value with each
 * typed array replaced by null, and where each one goes back (its path of
 * keys, its kind, its bytes).
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import { runAll, type Steps } from '../steps.ts';

/** The typed arrays a cache may hold, by the name the manifest records. */
const KINDS = {
  i32: Int32Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
  f64: Float64Array,
} as const;

type Kind = keyof typeof KINDS;
type Typed = InstanceType<(typeof KINDS)[Kind]>;

interface Section {
  readonly path: readonly string[];
  readonly kind: Kind;
  readonly bytes: number;
}

function kindOf(value: unknown): Kind | undefined {
  for (const [kind, type] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) if (value instanceof type) return kind;
  return undefined;
}

/** `value` as one buffer: the typed arrays anywhere in its plain objects become sections. */
export function encodeBody(value: unknown): Buffer {
  const sections: Section[] = [];
  const arrays: Typed[] = [];
  const strip = (v: unknown, path: readonly string[]): unknown => {
    const kind = kindOf(v);
    if (kind !== undefined) {
      const a = v as Typed;
      sections.push({ path, kind, bytes: a.byteLength });
      arrays.push(a);
      return null;
    }
    if (ArrayBuffer.isView(v)) throw new InternalError(`policy-bot: cannot cache a ${v.constructor.name} at ${path.join('.')}`);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x, [...path, k])]));
  };
  const manifest = Buffer.from(JSON.stringify({ value: strip(value, []), sections }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(manifest.length);
  return Buffer.concat([length, manifest, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
}

/**
 * Where a body is decoded from, in order: `take` the next bytes as a new
 * buffer (the small manifest), `fill` a typed array's bytes straight from
 * the source (the sections: a file is read into them with no buffer of the
 * whole file between, which at 100k passages was ~50 MB held until the
 * next full garbage collection), and how many bytes are left.
 */
export interface BodySource {
  readonly remaining: number;
  take(bytes: number): Buffer;
  fill(target: Uint8Array): void;
}

/** A {@link BodySource} over a body already in memory. */
export function bufferSource(body: Buffer): BodySource {
  let at = 0;
  return {
    get remaining() {
      return body.length - at;
    },
    take(bytes) {
      const part = body.subarray(at, at + bytes);
      at += bytes;
      return part;
    },
    fill(target) {
      body.copy(target, 0, at, at + target.byteLength);
      at += target.byteLength;
    },
  };
}

/**
 * Reads one section itself, instead of its bytes being read into a typed
 * array of their own: given the section's length in bytes, the source at
 * its first byte and the value decoded so far (the sections before it in
 * place), it reads exactly that many bytes (steps.ts) and returns what goes
 * at the section's path. A corpus's text is decoded so, a run at a time
 * through one small buffer (corpus-pack.ts): read whole, it was a buffer of
 * the corpus's size, touched once and dropped.
 */
export type SectionReader = (bytes: number, source: BodySource, value: unknown) => Steps<unknown>;

/** Section readers by the path of the section they read, its keys joined by dots. */
export type SectionReaders = ReadonlyMap<string, SectionReader>;

/** The value encoded in `body`. Throws when the layout does not hold together (the caller calls the cache corrupt). */
export function decodeBody(body: Buffer): unknown {
  return decodeFrom(bufferSource(body));
}

/** The value encoded in what `source` yields, the sections of `readers` read by them; {@link decodeBody} for a source. Throws like it. */
export function decodeFrom(source: BodySource, readers?: SectionReaders): unknown {
  return runAll(decodeSteps(source, readers));
}

/** How many bytes of a section are read between two places where decoding may pause: ~2 ms of copying. */
export const BYTES_PER_STEP = 4 << 20;

/**
 * {@link decodeFrom} as steps (steps.ts): it may pause between sections and
 * every {@link BYTES_PER_STEP} bytes within one, so that a large body is
 * read in slices between other work. Throws like it.
 */
export function* decodeSteps(source: BodySource, readers?: SectionReaders): Steps<unknown> {
  if (source.remaining < 4) throw new CacheFormatError('no manifest');
  const manifestLength = source.take(4).readUInt32LE(0);
  if (manifestLength > source.remaining) throw new CacheFormatError('the manifest runs past the end');
  const { value, sections } = JSON.parse(source.take(manifestLength).toString('utf8')) as { value: unknown; sections: Section[] };
  for (const s of sections) {
    yield;
    const type = KINDS[s.kind];
    if (type === undefined || !Number.isInteger(s.bytes) || s.bytes % type.BYTES_PER_ELEMENT !== 0 || s.bytes > source.remaining) {
      throw new CacheFormatError('a section does not fit');
    }
    const reader = readers?.get(s.path.join('.'));
    if (reader !== undefined) {
      const before = source.remaining;
      const read = yield* reader(s.bytes, source, value);
      if (before - source.remaining !== s.bytes) throw new InternalError(`policy-bot: the reader of section ${s.path.join('.')} did not read it exactly`);
      setAt(value, s.path, read);
      continue;
    }
    // Its own array, not a view: a view would keep a whole file buffer alive, and could be misaligned.
    const array = new type(s.bytes / type.BYTES_PER_ELEMENT);
    const bytes = new Uint8Array(array.buffer);
    for (let at = 0; at < bytes.byteLength; at += BYTES_PER_STEP) {
      if (at > 0) yield;
      source.fill(bytes.subarray(at, Math.min(bytes.byteLength, at + BYTES_PER_STEP)));
    }
    setAt(value, s.path, array);
  }
  if (source.remaining !== 0) throw new CacheFormatError('trailing bytes after the sections');
  return value;
}

function setAt(root: unknown, path: readonly string[], array: unknown): void {
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') throw new CacheFormatError('a section has no place in the manifest');
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined || node[last] !== null) throw new CacheFormatError('a section has no place in the manifest');
  node[last] = array;
}
