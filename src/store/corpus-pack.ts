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

/** The documents' places in `lengths`, for `documents` documents. Throws a CacheFormatError when they do not add up to `textBytes`. */
function placesOf(lengths: Uint32Array, documents: number, textBytes: number): PackedDocument[] {
  const places: PackedDocument[] = [];
  let l = 0;
  let bytes = 0;
  for (let d = 0; d < documents; d++) {
    const count = lengths[l];
    const docBytes = lengths[l + 1];
    if (count === undefined || docBytes === undefined || l + 2 + count > lengths.length) {
      throw new CacheFormatError('policy-bot: the packed corpus has fewer documents than its list');
    }
    places.push({ from: l + 2, count, bytes: docBytes });
    l += 2 + count;
    bytes += docBytes;
  }
  if (l !== lengths.length) throw new CacheFormatError('policy-bot: the packed corpus has trailing data');
  if (bytes !== textBytes) throw new CacheFormatError('policy-bot: the packed corpus text does not add up');
  return places;
}

/** Unpacks {@link packCorpus}'s output, a run of documents per step. Throws a CacheFormatError when the parts do not agree. */
export function* unpackCorpusSteps(packed: PackedCorpus): Steps<Corpus> {
  const meta = JSON.parse(packed.meta) as Omit<Corpus, 'documents'> & { documents: Omit<KnowledgeDocument, 'paragraphs'>[] };
  const places = placesOf(packed.lengths, meta.documents.length, packed.text.length);
  const decoder = new TextDecoder();
  const documents: KnowledgeDocument[] = [];
  let at = 0;
  for (let first = 0; first < places.length; ) {
    yield;
    let last = first;
    let bytes = 0;
    do bytes += places[last++]?.bytes ?? 0;
    while (last < places.length && bytes < RUN_BYTES);
    const run = decoder.decode(packed.text.subarray(at, at + bytes));
    at += bytes;
    let start = 0;
    for (let d = first; d < last; d++) {
      const place = places[d];
      const doc = meta.documents[d];
      if (place === undefined || doc === undefined) throw new CacheFormatError('policy-bot: the packed corpus has fewer documents than its list');
      const paragraphs: string[] = [];
      for (let i = 0; i < place.count; i++) {
        const end = start + (packed.lengths[place.from + i] ?? 0);
        paragraphs.push(run.slice(start, end));
        start = end;
      }
      documents.push({ ...doc, paragraphs });
    }
    // Invalid bytes decode to replacement characters: a run whose paragraphs do not measure its text is not this corpus.
    if (start !== run.length) throw new CacheFormatError('policy-bot: the packed corpus text does not fit its paragraph lengths');
    first = last;
  }
  return { ...meta, documents };
}
