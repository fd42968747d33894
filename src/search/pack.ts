/**
 * The index as the cache stores it, and back: MiniSearch's data with every
 * posting in typed arrays (read through the adapter, minisearch-adapter.ts),
 * and our common postings. Packing refuses an index that would not restore
 * as it was; restoring refuses data that does not fit the passages.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { Passage } from '../passages/chunk.ts';
import { ITEMS_PER_STEP, type Steps } from '../steps.ts';
import { FIELDS } from './fields.ts';
import { type EngineIndex, type EnginePostings, restoreEngineIndex } from './minisearch-adapter.ts';
import { CommonPostings, type PackedPostings } from './postings.ts';

/**
 * An index as the cache stores it: MiniSearch's data with every posting in
 * typed arrays (see {@link packIndex}), and our common postings.
 */
export interface PackedIndex extends EnginePostings {
  readonly engine: 'minisearch';
  /** The fields, in field-id order: an index of other fields does not restore. */
  readonly fields: readonly string[];
  readonly documentCount: number;
  readonly nextId: number;
  /** Every index term, in MiniSearch's order; the arrays below run along it. */
  readonly terms: readonly string[];
  /** In how many passages' text each term occurs (uncapped; 0 for a term only headings hold). */
  readonly documentFrequency: Uint32Array;
  readonly common: PackedPostings;
}

/** What an index is made of, as {@link packIndex} packs it and {@link unpackIndex} gives it back. */
export interface IndexParts {
  readonly mini: EngineIndex;
  /** Each index term's document frequency in passage text (uncapped): terms only headings hold are not in it. */
  readonly df: Map<string, number>;
  readonly common: CommonPostings;
}

/**
 * The index as typed arrays for the cache. Throws if MiniSearch's data is
 * not as {@link unpackIndex} expects it (the fields of fields.ts; short ids
 * that are passage ordinals), so a cache is never written that would load wrong.
 */
export function packIndex({ mini, df, common }: IndexParts, passages: readonly Passage[]): PackedIndex {
  const js = mini.snapshot();
  if (js.documentCount !== passages.length || js.nextId !== passages.length || js.dirtCount !== 0 || Object.keys(js.documentIds).length !== passages.length) {
    throw new InternalError('policy-bot: the index was not built over these passages in order');
  }
  passages.forEach((p, i) => {
    if (js.documentIds[i] !== p.id) throw new InternalError(`policy-bot: short id ${i} is not passage ${p.id}`);
  });
  const terms: string[] = [];
  const counts: number[] = [];
  const postingIds: number[] = [];
  const frequencies: number[] = [];
  const fieldIds = FIELDS.map((_, f) => String(f));
  for (const [term, data] of js.index) {
    if (Object.keys(data).some((f) => !fieldIds.includes(f))) throw new InternalError(`policy-bot: term ${term} is in a field the index does not have`);
    terms.push(term);
    for (const f of fieldIds) {
      const entries = Object.entries(data[f] ?? {});
      counts.push(entries.length);
      for (const [id, tf] of entries) {
        postingIds.push(Number(id));
        frequencies.push(tf);
      }
    }
  }
  // Every term of the text has a document frequency, and only those: a term only headings hold has none.
  if (terms.filter((t) => (df.get(t) ?? 0) > 0).length !== df.size) {
    throw new InternalError('policy-bot: the document frequencies are not over the index terms');
  }
  if (frequencies.some((f) => f > 0xffff)) throw new InternalError('policy-bot: a term frequency does not fit 16 bits');
  return {
    engine: 'minisearch',
    fields: [...FIELDS],
    documentCount: js.documentCount,
    nextId: js.nextId,
    averageFieldLength: js.averageFieldLength,
    terms,
    documentFrequency: Uint32Array.from(terms, (t) => df.get(t) ?? 0),
    postingCounts: Uint32Array.from(counts),
    postingIds: Uint32Array.from(postingIds),
    postingFrequencies: Uint16Array.from(frequencies),
    fieldLengths: Uint32Array.from(
      { length: passages.length * FIELDS.length },
      (_, k) => js.fieldLength[Math.floor(k / FIELDS.length)]?.[k % FIELDS.length] ?? 0,
    ),
    common: common.toPacked(),
  };
}

/**
 * The parts of an index packed by {@link packIndex} for the same passages,
 * restored straight into MiniSearch's maps (steps.ts: a restore may run
 * between interactions). Throws a CacheFormatError when the data does not
 * fit the passages.
 */
export function* unpackIndex(saved: PackedIndex, passages: readonly Passage[]): Steps<IndexParts> {
  const { terms, documentFrequency, postingCounts, postingIds, postingFrequencies, fieldLengths } = saved;
  const fields = FIELDS.length;
  if (saved.fields.length !== fields || saved.fields.some((f, i) => f !== FIELDS[i])) {
    throw new CacheFormatError(`policy-bot: the saved index has the fields ${saved.fields.join(', ')}, not ${FIELDS.join(', ')}`);
  }
  if (saved.documentCount !== passages.length || saved.nextId !== passages.length || fieldLengths.length !== passages.length * fields) {
    throw new CacheFormatError(`policy-bot: the saved index holds ${saved.documentCount} passages, the corpus ${passages.length}`);
  }
  if (documentFrequency.length !== terms.length || postingCounts.length !== terms.length * fields || postingIds.length !== postingFrequencies.length) {
    throw new CacheFormatError('policy-bot: the saved index does not add up');
  }
  const mini = yield* restoreEngineIndex(
    saved,
    passages.map((p) => p.id),
  );
  const df = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const n = documentFrequency[i] ?? 0;
    if (n > 0) df.set(terms[i] ?? '', n);
  }
  return { mini, df, common: CommonPostings.fromPacked(saved.common) };
}
