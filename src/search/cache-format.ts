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
    if (ArrayBuffer.isView(v)) throw new Error(`policy-bot: cannot cache a ${v.constructor.name} at ${path.join('.')}`);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x, [...path, k])]));
  };
  const manifest = Buffer.from(JSON.stringify({ value: strip(value, []), sections }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(manifest.length);
  return Buffer.concat([length, manifest, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
}

/** The value encoded in `body`. Throws when the layout does not hold together (the caller calls the cache corrupt). */
export function decodeBody(body: Buffer): unknown {
  if (body.length < 4) throw new Error('no manifest');
  const manifestEnd = 4 + body.readUInt32LE(0);
  if (manifestEnd > body.length) throw new Error('the manifest runs past the end');
  const { value, sections } = JSON.parse(body.toString('utf8', 4, manifestEnd)) as { value: unknown; sections: Section[] };
  let at = manifestEnd;
  for (const s of sections) {
    const type = KINDS[s.kind];
    if (type === undefined || !Number.isInteger(s.bytes) || s.bytes % type.BYTES_PER_ELEMENT !== 0 || at + s.bytes > body.length) {
      throw new Error('a section does not fit');
    }
    // A copy, not a view: a view would keep the whole file buffer alive, and could be misaligned.
    const array = new type(s.bytes / type.BYTES_PER_ELEMENT);
    body.copy(new Uint8Array(array.buffer), 0, at, at + s.bytes);
    at += s.bytes;
    setAt(value, s.path, array);
  }
  if (at !== body.length) throw new Error('trailing bytes after the sections');
  return value;
}

function setAt(root: unknown, path: readonly string[], array: Typed): void {
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') throw new Error('a section has no place in the manifest');
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined || node[last] !== null) throw new Error('a section has no place in the manifest');
  node[last] = array;
}
