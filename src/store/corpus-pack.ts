/**
 * A corpus as a build hands it to the serving thread: the paragraphs' text
 * as one UTF-8 buffer (transferred, not copied) and the rest as a small JSON
 * text. Posting the corpus as objects cost the serving thread one
 * structured-clone read of every paragraph string in a single block (at
 * 100k passages the longest pause of a reload); this form is unpacked a
 * document at a time between interactions (steps.ts).
 */
import { CacheFormatError } from '../errors.ts';
import type { Corpus, KnowledgeDocument } from '../knowledge/corpus.ts';
import type { Steps } from '../steps.ts';

/** A packed corpus. */
export interface PackedCorpus {
  /** The corpus without its documents' paragraphs, as JSON. */
  readonly meta: string;
  /** Each document's paragraph count, then each paragraph's length in UTF-8 bytes, in order. */
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
    lengths.push(d.paragraphs.length);
    for (const p of d.paragraphs) {
      const bytes = encoder.encode(p);
      parts.push(bytes);
      lengths.push(bytes.length);
      total += bytes.length;
    }
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

/** Unpacks {@link packCorpus}'s output, a document per step. Throws a CacheFormatError when the parts do not agree. */
export function* unpackCorpusSteps(packed: PackedCorpus): Steps<Corpus> {
  const meta = JSON.parse(packed.meta) as Omit<Corpus, 'documents'> & { documents: Omit<KnowledgeDocument, 'paragraphs'>[] };
  const decoder = new TextDecoder();
  const documents: KnowledgeDocument[] = [];
  let l = 0;
  let at = 0;
  for (const d of meta.documents) {
    yield;
    const count = packed.lengths[l++];
    if (count === undefined) throw new CacheFormatError('policy-bot: the packed corpus has fewer documents than its list');
    const paragraphs: string[] = [];
    for (let i = 0; i < count; i++) {
      const bytes = packed.lengths[l++];
      if (bytes === undefined || at + bytes > packed.text.length) throw new CacheFormatError('policy-bot: the packed corpus text ends early');
      paragraphs.push(decoder.decode(packed.text.subarray(at, at + bytes)));
      at += bytes;
    }
    documents.push({ ...d, paragraphs });
  }
  if (l !== packed.lengths.length || at !== packed.text.length) throw new CacheFormatError('policy-bot: the packed corpus has trailing data');
  return { ...meta, documents };
}
