/**
 * The one file that reads and writes MiniSearch's non-public fields
 * (`_index`, `_fieldLength`, `_documentIds`, …): our scoring pass reads
 * what MiniSearch's own search reads (a term's postings, its fuzzy walk,
 * the field lengths), and a packed index is restored straight into its
 * maps. MiniSearch leaves these fields to subclasses but does not promise
 * them across versions, so three things stand together:
 *
 * - package.json pins minisearch exactly (TESTED_MINISEARCH_VERSION in
 *   minisearch-shape.ts, held equal to the pin by test/search/minisearch-adapter.test.ts);
 * - before the first index is built or restored, checkMiniSearchShape (minisearch-shape.ts)
 *   checks that the installed MiniSearch has every field this file reads,
 *   shaped as it reads it, and throws a SearchEngineMismatchError naming the
 *   installed version and what is missing: a refusal, never a wrong answer;
 * - test/search/scoring.test.ts holds our scores equal to MiniSearch's own
 *   search over the same index.
 */
import MiniSearch from 'minisearch';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';
import { FIELDS } from './fields.ts';
import { type IndexedPassage, miniSearchOptions } from './minisearch-options.ts';
import { checkMiniSearchShape } from './minisearch-shape.ts';
import { TermTable } from './term-table.ts';

export type { IndexedPassage } from './minisearch-options.ts';

/** MiniSearch's data as a packed index stores it: every posting in typed arrays, along the terms sorted by code units. */
export interface EnginePostings {
  /** By field id. */
  readonly averageFieldLength: readonly number[];
  readonly terms: readonly string[];
  /**
   * How many postings each term has in each field (term t's in field f at
   * t × FIELDS.length + f); theirs are the next that many entries of
   * postingIds/postingFrequencies, a term's fields in turn.
   */
  readonly postingCounts: Uint32Array;
  /** Passage ordinals, which are MiniSearch's short ids. */
  readonly postingIds: Uint32Array;
  readonly postingFrequencies: Uint16Array;
  /** The length of each passage's fields (passage i's field f at i × FIELDS.length + f). */
  readonly fieldLengths: Uint32Array;
}

/**
 * MiniSearch's data as packing reads it (pack.ts), straight from its maps:
 * its own `toJSON` builds an object of every term's postings, which at 100k
 * passages cost seconds and most of the garbage of a cache write.
 */
export interface EngineContents {
  readonly documentCount: number;
  readonly nextId: number;
  readonly dirtCount: number;
  /** Short id → passage id. */
  readonly documentIds: ReadonlyMap<number, string>;
  /** Short id → the length of each field. */
  readonly fieldLength: ReadonlyMap<number, readonly number[]>;
  readonly averageFieldLength: readonly number[];
  /** Each term with its postings by field id (short id → term frequency, ascending short ids), in MiniSearch's order. */
  readonly index: Iterable<[string, ReadonlyMap<number, ReadonlyMap<number, number>>]>;
}

/**
 * MiniSearch, with read access to what its own search reads: a term's
 * postings, its fuzzy walk over the terms, and the passage lengths. Our
 * search scores from these (ranking.ts).
 */
export class EngineIndex extends MiniSearch<IndexedPassage> {
  /** The postings of index term `term` in field `field` (short id → term frequency). */
  postingsOf(term: string, field: number): ReadonlyMap<number, number> | undefined {
    return this._index.get(term)?.get(field);
  }

  /** How many postings index term `term` has in field `field`. */
  postingCountOf(term: string, field: number): number {
    return this._index.get(term)?.get(field)?.size ?? 0;
  }

  /** The index terms within `distance` edits of `term` (MiniSearch's fuzzy walk), each with its distance. */
  fuzzyTerms(term: string, distance: number): { term: string; distance: number }[] {
    return [...this._index.fuzzyGet(term, distance)].map(([t, [, d]]) => ({ term: t, distance: d }));
  }

  /** Every index term, of any field, sorted by code units. */
  sortedTerms(): readonly string[] {
    return [...this._index.keys()].sort();
  }

  /** The length of passage `shortId`'s field `field` as MiniSearch scores it. */
  fieldLengthOf(shortId: number, field: number): number {
    return this._fieldLength.get(shortId)?.[field] ?? 0;
  }

  /** The average length of field `field`, as MiniSearch scores it. */
  averageFieldLength(field: number): number {
    return this._avgFieldLength[field] ?? 0;
  }

  /** The short id of passage `id`, if it is indexed. */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /**
   * Makes ready, between interactions (steps.ts), what an update in place
   * will change, so that the turn that changes the index does no more than
   * the change: nothing for a built index (see PackedEngineIndex).
   */
  *prepareUpdate(): Steps<void> {}

  /** The next short id MiniSearch will give (one more than the largest given so far). */
  get nextShortId(): number {
    return this._nextId;
  }

  /**
   * Adds `passages` to the index in place, with the next short ids in their
   * order (an update, update.ts); restored postings (PostingMap) take new
   * postings in their overlay.
   */
  addPassages(passages: readonly IndexedPassage[]): void {
    this.addAll(passages);
  }

  /**
   * Removes passage `id` from the index in place: MiniSearch's own discard
   * for its counts and lengths, and its postings deleted here, term by term
   * (`terms[f]`: the index terms it may hold in field f; those it does not
   * hold are passed over), so that no search ever reads a discarded short id.
   */
  removePassage(id: string, terms: readonly (readonly string[])[]): void {
    const shortId = this._idToShortId.get(id);
    if (shortId === undefined) return;
    this.discard(id);
    // Our deletions leave nothing for MiniSearch's vacuum: its count of discarded documents stays at zero.
    this._dirtCount = 0;
    terms.forEach((fieldTerms, f) => {
      for (const term of new Set(fieldTerms)) {
        const byField = this._index.get(term);
        const postings = byField?.get(f);
        if (byField === undefined || postings === undefined || !postings.delete(shortId) || postings.size > 0) continue;
        byField.delete(f);
        if (byField.size === 0) this._index.delete(term);
      }
    });
  }

  /** MiniSearch's data, read in place, for packing. */
  contents(): EngineContents {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      documentIds: this._documentIds,
      fieldLength: this._fieldLength,
      averageFieldLength: this._avgFieldLength,
      index: this._index,
    };
  }
}

/** MiniSearch's maps by passage, which a restore leaves to be filled when they are first needed (see PackedEngineIndex). */
const PASSAGE_MAPS = ['_documentIds', '_idToShortId', '_fieldLength'] as const;

/**
 * A MiniSearch restored from packed postings. MiniSearch's own loadJS takes
 * every posting as an object key (`{"17": 2}`) and parses it back to a
 * number: at 10k passages that alone took 0.6 s, the object keys most of
 * it. Nothing is built per term or per passage here:
 * - its term map is a TermTable over the packed arrays (term-table.ts: no
 *   radix tree; a term's postings become PostingMaps when first read);
 * - its three maps by passage (id → short id, short id → id, short id →
 *   field lengths: at 100k passages ~20 MB and a quarter of a cold start)
 *   are filled only when MiniSearch itself reads them, to add, discard or
 *   pack passages; our search reads the packed lengths (fieldLengthOf).
 *   An update fills them beforehand, between interactions (prepareUpdate).
 * The round-trip tests compare its answers with the built index's.
 */
class PackedEngineIndex extends EngineIndex {
  private table: TermTable | undefined;
  /** The passages' ids and field lengths (passage i's field f at i × FIELDS.length + f), until the maps by passage are filled. */
  private unfilled: { readonly ids: readonly string[]; readonly lengths: Uint32Array } | undefined;

  constructor(saved: EnginePostings, ids: readonly string[]) {
    super(miniSearchOptions());
    this._documentCount = ids.length;
    this._nextId = ids.length;
    this._fieldIds = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
    this._avgFieldLength = [...saved.averageFieldLength];
    this._dirtCount = 0;
    this.unfilled = { ids, lengths: saved.fieldLengths };
    // MiniSearch reads these fields itself: each read before the maps are filled fills them at once.
    for (const name of PASSAGE_MAPS) {
      Object.defineProperty(this, name, {
        configurable: true,
        enumerable: true,
        get: () => {
          runAll(this.fillPassageMaps());
          return Reflect.get(this, name);
        },
        set: (value: unknown) => this.settle(name, value),
      });
    }
  }

  /** Makes MiniSearch's field `name` a plain field holding `value` again. */
  private settle(name: (typeof PASSAGE_MAPS)[number], value: unknown): void {
    Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
  }

  /** Reads the term table from `saved` (steps.ts). Throws a CacheFormatError when it does not fit the passages. */
  *fill(saved: EnginePostings): Steps<void> {
    const table = yield* TermTable.restore(saved, FIELDS.length, this._documentCount);
    this.table = table;
    // MiniSearch types its term map as its radix tree, which it does not export; the table answers every call
    // MiniSearch makes of it when passages are added or discarded (term-table.ts), and refuses its search's.
    this._index = table as unknown as typeof this._index;
  }

  /** Fills MiniSearch's maps by passage (steps.ts); they take the place of the fields' accessors only when whole. */
  private *fillPassageMaps(): Steps<void> {
    const unfilled = this.unfilled;
    if (unfilled === undefined) return;
    const fields = FIELDS.length;
    const documentIds = new Map<number, string>();
    const idToShortId = new Map<string, number>();
    const fieldLength = new Map<number, number[]>();
    for (let i = 0; i < unfilled.ids.length; i++) {
      if (i % ITEMS_PER_STEP === 0) yield;
      const id = unfilled.ids[i] ?? '';
      documentIds.set(i, id);
      idToShortId.set(id, i);
      fieldLength.set(i, Array.from(unfilled.lengths.subarray(i * fields, (i + 1) * fields)));
    }
    if (this.unfilled !== unfilled) return;
    this.unfilled = undefined;
    this.settle('_documentIds', documentIds);
    this.settle('_idToShortId', idToShortId);
    this.settle('_fieldLength', fieldLength);
  }

  override *prepareUpdate(): Steps<void> {
    yield* this.fillPassageMaps();
  }

  override fieldLengthOf(shortId: number, field: number): number {
    const unfilled = this.unfilled;
    if (unfilled === undefined) return super.fieldLengthOf(shortId, field);
    return shortId < unfilled.ids.length ? (unfilled.lengths[shortId * FIELDS.length + field] ?? 0) : 0;
  }

  override postingCountOf(term: string, field: number): number {
    return this.table?.countOf(term, field) ?? super.postingCountOf(term, field);
  }

  override sortedTerms(): readonly string[] {
    return this.table?.sortedTerms() ?? super.sortedTerms();
  }
}

/** A MiniSearch index over `passages`, short ids in their order. */
export function buildEngineIndex(passages: readonly IndexedPassage[]): EngineIndex {
  checkMiniSearchShape();
  const mini = new EngineIndex(miniSearchOptions());
  mini.addAll(passages);
  return mini;
}

/** A MiniSearch index restored from `saved`, packed over the passages `ids` (steps.ts). Throws a CacheFormatError when they do not fit. */
export function* restoreEngineIndex(saved: EnginePostings, ids: readonly string[]): Steps<EngineIndex> {
  checkMiniSearchShape();
  const mini = new PackedEngineIndex(saved, ids);
  yield* mini.fill(saved);
  return mini;
}
