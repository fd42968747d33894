/**
 * The index as the cache stores it, and back: MiniSearch's data with every
 * posting in typed arrays (read through the adapter, minisearch-adapter.ts),
 * and our common postings. Packing refuses an index that would not restore
 * as it was; restoring refuses data that does not fit the passages.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { Passage } from '../passages/chunk.ts';
import { ITEMS_PER_STEP, type Steps } from '../steps.ts';
import { type Acronym, harvestAcronyms } from './acronyms.ts';
import { FIELDS } from './fields.ts';
import { type EngineIndex, type EnginePostings, restoreEngineIndex } from './minisearch-adapter.ts';
import { CommonPostings, type PackedPostings } from './postings.ts';
import { sortPostings } from './sort-postings.ts';

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
  /** Every index term, sorted by code units; the arrays below run along it. */
  readonly terms: readonly string[];
  /** In how many passages' text each term occurs (uncapped; 0 for a term only headings hold). */
  readonly documentFrequency: Uint32Array;
  readonly common: PackedPostings;
  /**
   * The acronyms the passages define (acronyms.ts), harvested when the
   * index is packed (in the build, off the serving thread), so that a start
   * from the cache does not read every passage again for them.
   */
  readonly acronyms: readonly Acronym[];
  /**
   * How many passages updates in place have taken out or put in since the
   * index was last built whole (update.ts says what drifts meanwhile);
   * absent for a whole build.
   */
  readonly drift?: number;
}

/** What an index is made of, as {@link packIndex} packs it and {@link unpackIndex} gives it back. */
export interface IndexParts {
  readonly mini: EngineIndex;
  /** Each index term's document frequency in passage text (uncapped): terms only headings hold are not in it. */
  readonly df: Map<string, number>;
  readonly common: CommonPostings;
}

/**
 * The index as typed arrays for the cache, its passages numbered by their
 * order in `passages`. An index built over them has those numbers already;
 * one updated in place (update.ts) gave its new passages the next short ids
 * and left gaps where passages went, so its postings are renumbered here
 * (each term's kept ascending), which restores as an index whose short ids
 * are ordinals again. `drift` is recorded with it (see {@link PackedIndex}).
 * Throws if MiniSearch's data is not as {@link unpackIndex} expects it (the
 * fields of fields.ts; one short id per passage), so a cache is never
 * written that would load wrong.
 */
export function packIndex({ mini, df, common }: IndexParts, passages: readonly Passage[], drift = 0): PackedIndex {
  const js = mini.contents();
  if (js.documentCount !== passages.length || js.dirtCount !== 0 || js.documentIds.size !== passages.length) {
    throw new InternalError('policy-bot: the index was not built over these passages');
  }
  const { ordinalOf, shortIdOf } = numbering(js.documentIds, js.nextId, passages);
  const inOrder = js.nextId === passages.length && shortIdOf.every((shortId, ordinal) => shortId === ordinal);
  const fields = FIELDS.length;
  // Counted first, so that every posting goes straight into its typed array.
  // Sorted by term (code units): a restore reads the terms as one sorted array (term-table.ts), not a tree.
  const entries = [...js.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const terms: string[] = [];
  let total = 0;
  for (const [term, byField] of entries) {
    terms.push(term);
    for (const [f, postings] of byField) {
      if (!(f >= 0 && f < fields)) throw new InternalError(`policy-bot: term ${term} is in a field the index does not have`);
      total += postings.size;
    }
  }
  const postingCounts = new Uint32Array(terms.length * fields);
  const postingIds = new Uint32Array(total);
  const postingFrequencies = new Uint16Array(total);
  let at = 0;
  let t = 0;
  for (const [term, byField] of entries) {
    for (let f = 0; f < fields; f++) {
      const postings = byField.get(f);
      if (postings === undefined) continue;
      postingCounts[t * fields + f] = postings.size;
      const from = at;
      let ascending = true;
      for (const [shortId, tf] of postings) {
        const ordinal = ordinalOf[shortId] ?? -1;
        if (ordinal < 0) throw new InternalError(`policy-bot: term ${term} has a posting of no indexed passage`);
        if (tf > 0xffff) throw new InternalError('policy-bot: a term frequency does not fit 16 bits');
        if (at > from && ordinal < (postingIds[at - 1] ?? 0)) ascending = false;
        postingIds[at] = ordinal;
        postingFrequencies[at++] = tf;
      }
      // Renumbered postings of an updated index: a term the update touched has its new passages out of order.
      if (!ascending) sortPostings(postingIds.subarray(from, at), postingFrequencies.subarray(from, at));
    }
    t++;
  }
  // Every term of the text has a document frequency, and only those: a term only headings hold has none.
  if (terms.filter((term) => (df.get(term) ?? 0) > 0).length !== df.size) {
    throw new InternalError('policy-bot: the document frequencies are not over the index terms');
  }
  const fieldLengths = new Uint32Array(passages.length * fields);
  shortIdOf.forEach((shortId, ordinal) => {
    const lengths = js.fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) fieldLengths[ordinal * fields + f] = lengths[f] ?? 0;
  });
  return {
    engine: 'minisearch',
    fields: [...FIELDS],
    documentCount: js.documentCount,
    nextId: passages.length,
    averageFieldLength: [...js.averageFieldLength],
    terms,
    documentFrequency: Uint32Array.from(terms, (term) => df.get(term) ?? 0),
    postingCounts,
    postingIds,
    postingFrequencies,
    fieldLengths,
    common: common.toPacked(inOrder ? undefined : ordinalOf),
    acronyms: harvestAcronyms(passages),
    ...(drift > 0 ? { drift } : {}),
  };
}

/** Each short id's passage ordinal (-1 for a short id no passage has) and each ordinal's short id; throws unless every passage has exactly one. */
function numbering(documentIds: ReadonlyMap<number, string>, nextId: number, passages: readonly Passage[]): { ordinalOf: Int32Array; shortIdOf: number[] } {
  const ordinalById = new Map(passages.map((p, i) => [p.id, i]));
  const ordinalOf = new Int32Array(nextId).fill(-1);
  const shortIdOf: number[] = new Array<number>(passages.length).fill(-1);
  for (const [shortId, id] of documentIds) {
    const ordinal = ordinalById.get(id);
    if (ordinal === undefined || !(shortId >= 0 && shortId < nextId)) throw new InternalError(`policy-bot: short id ${shortId} is no passage of these (${id})`);
    if (shortIdOf[ordinal] !== -1) throw new InternalError(`policy-bot: passage ${id} has two short ids`);
    ordinalOf[shortId] = ordinal;
    shortIdOf[ordinal] = shortId;
  }
  return { ordinalOf, shortIdOf };
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
