/**
 * A corpus as a build hands it to the serving thread: the paragraphs' text
 * as one UTF-8 buffer (transferred, not copied) and the rest as a small JSON
 * text. Posting the corpus as objects cost the serving thread one
 * structured-clone read of every paragraph string in a single block (at
 * 100k passages the longest pause of a reload); this form is unpacked a
 * run of documents at a time between interactions (steps.ts), each run one
 * string that its paragraphs (and the passages cut from them) are slices
 * of: a run's text stays in memory while any of its paragraphs is served.
 */
import { CacheFormatError } from '../errors.ts';
import type { Corpus, KnowledgeDocument } from '../knowledge/corpus.ts';
import type { Steps } from '../steps.ts';
import type { BodySource } from './cache-format.ts';

/**
 * The layout of a packed corpus, in the corpus cache's key (corpus-cache.ts):
 * a cache file of another layout is stale, not corrupt. 2: paragraphs
 * measured in UTF-16 code units, decoded a run of documents at a time.
 */
export const CORPUS_PACK_VERSION = 2;

/**
 * How many bytes of text are decoded at once, as one string the run's
 * paragraphs are slices of. One string per paragraph made ~100k small strings
 * at 100k passages, each copied by two garbage collections on its way to
 * the old generation (most of a cold start's collecting); a run this long is
 * allocated where large objects go, and never copied. Small enough to be one
 * step of a reload on the serving thread (a few ms).
 */
const RUN_BYTES = 2 << 20;

/** A packed corpus. */
export interface PackedCorpus {
  /** The corpus without its documents' paragraphs, as JSON. */
  readonly meta: string;
  /** For each document: its paragraph count, its paragraphs' UTF-8 byte count, then each paragraph's length in UTF-16 code units. */
  readonly lengths: Uint32Array;
  /** Every paragraph's UTF-8 bytes, back to back. */
  readonly text: Uint8Array;
}

/** Packs `corpus`. */
export function packCorpus(corpus: Corpus): PackedCorpus {
  const encoder = new TextEncoder();
  const lengths: number[] = [];
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const d of corpus.documents) {
    const bytes = encoder.encode(d.paragraphs.join(''));
    lengths.push(d.paragraphs.length, bytes.length, ...d.paragraphs.map((p) => p.length));
    parts.push(bytes);
    total += bytes.length;
  }
  const text = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    text.set(part, at);
    at += part.length;
  }
  const documents = corpus.documents.map(({ paragraphs: _paragraphs, ...rest }) => rest);
  return { meta: JSON.stringify({ ...corpus, documents }), lengths: Uint32Array.from(lengths), text };
}

/** Where a document's paragraphs stand in a packed corpus. */
interface PackedDocument {
  /** Its paragraphs' lengths: `lengths[from]` to `lengths[from + count - 1]`. */
  readonly from: number;
  readonly count: number;
  readonly bytes: number;
}

/** The documents' places in `lengths`. Throws a CacheFormatError when they do not add up to `textBytes`. */
function placesOf(lengths: Uint32Array, textBytes: number): PackedDocument[] {
  const places: PackedDocument[] = [];
  let bytes = 0;
  for (let l = 0; l < lengths.length; ) {
    const count = lengths[l] ?? 0;
    const docBytes = lengths[l + 1];
    if (docBytes === undefined || l + 2 + count > lengths.length) throw new CacheFormatError('policy-bot: the packed corpus lengths end early');
    places.push({ from: l + 2, count, bytes: docBytes });
    l += 2 + count;
    bytes += docBytes;
  }
  if (bytes !== textBytes) throw new CacheFormatError('policy-bot: the packed corpus text does not add up');
  return places;
}

/**
 * Every document's paragraphs, decoded a run at a time from the bytes
 * `read(n)` gives (the next n of the text: a view it may reuse once the
 * next is asked for), a run per step. Throws a CacheFormatError when the
 * lengths do not measure the text.
 */
function* decodeParagraphs(lengths: Uint32Array, textBytes: number, read: (bytes: number) => Uint8Array): Steps<string[][]> {
  const places = placesOf(lengths, textBytes);
  const decoder = new TextDecoder();
  const byDocument: string[][] = [];
  for (let first = 0; first < places.length; ) {
    yield;
    let last = first;
    let bytes = 0;
    do bytes += places[last++]?.bytes ?? 0;
    while (last < places.length && bytes < RUN_BYTES);
    const run = decoder.decode(read(bytes));
    let start = 0;
    for (let d = first; d < last; d++) {
      const place = places[d];
      const paragraphs: string[] = [];
      for (let i = 0; i < (place?.count ?? 0); i++) {
        const end = start + (lengths[(place?.from ?? 0) + i] ?? 0);
        paragraphs.push(run.slice(start, end));
        start = end;
      }
      byDocument.push(paragraphs);
    }
    // Invalid bytes decode to replacement characters: a run whose paragraphs do not measure its text is not this corpus.
    if (start !== run.length) throw new CacheFormatError('policy-bot: the packed corpus text does not fit its paragraph lengths');
    first = last;
  }
  return byDocument;
}

/** The corpus of packed `meta` (JSON) whose documents have the paragraphs `byDocument`. Throws a CacheFormatError when they disagree. */
export function corpusOf(meta: string, byDocument: readonly string[][]): Corpus {
  const parsed = JSON.parse(meta) as Omit<Corpus, 'documents'> & { documents: Omit<KnowledgeDocument, 'paragraphs'>[] };
  if (parsed.documents.length !== byDocument.length) {
    throw new CacheFormatError(`policy-bot: the packed corpus lists ${parsed.documents.length} documents and has the text of ${byDocument.length}`);
  }
  return { ...parsed, documents: parsed.documents.map((d, i) => ({ ...d, paragraphs: byDocument[i] ?? [] })) };
}

/** Unpacks {@link packCorpus}'s output, a run of documents per step. Throws a CacheFormatError when the parts do not agree. */
export function* unpackCorpusSteps(packed: PackedCorpus): Steps<Corpus> {
  let at = 0;
  const read = (bytes: number): Uint8Array => {
    const view = packed.text.subarray(at, at + bytes);
    at += bytes;
    return view;
  };
  const byDocument = yield* decodeParagraphs(packed.lengths, packed.text.length, read);
  return corpusOf(packed.meta, byDocument);
}

/** A packed corpus's paragraphs as {@link readCorpusText} decodes them from a cache file, in place of its text section. */
export class DecodedParagraphs {
  constructor(readonly byDocument: readonly string[][]) {}
}

/**
 * Reads the text section of a packed corpus in a cache file (a SectionReader,
 * cache-format.ts): each run read into one buffer reused for the next, and
 * decoded. Its lengths section comes before it (sections are written in the
 * order of {@link PackedCorpus}'s fields).
 */
export function* readCorpusText(bytes: number, source: BodySource, value: unknown): Steps<DecodedParagraphs> {
  const lengths = typeof value === 'object' && value !== null ? Reflect.get(value, 'lengths') : undefined;
  if (!(lengths instanceof Uint32Array)) throw new CacheFormatError('policy-bot: the packed corpus text comes before its lengths');
  let buffer = new Uint8Array(0);
  const read = (n: number): Uint8Array => {
    if (buffer.length < n) buffer = new Uint8Array(Math.max(n, 2 * RUN_BYTES));
    const view = buffer.subarray(0, n);
    source.fill(view);
    return view;
  };
  return new DecodedParagraphs(yield* decodeParagraphs(lengths, bytes, read));
}
