import { CacheFormatError, InternalError } from '../errors.ts';

/**
 * A term's postings in one field, as MiniSearch reads them, in typed
 * arrays. MiniSearch keeps, per index term and field, a Map of passage short
 * id → term frequency; at 100k passages those maps' entries were ~150 MB, a
 * third of the process (~40 bytes an entry). This map answers MiniSearch's
 * reads (size, keys, get, and entries to serialise) from sorted ids and
 * frequencies at 6 bytes a posting. An update in place (update.ts) adds
 * postings of new passages, whose ids are above every id here, and removes
 * those of removed passages: both go to a small overlay, so that an update
 * never copies a term's postings. The overlay keeps the order ascending.
 */
export class PostingMap extends Map<number, number> {
  /** The position the last lookup found: MiniSearch gets each key in the order keys() gave it, so the next is one step on. */
  private cursor = -1;
  /** Postings put in by updates, above every id of the arrays (ascending, as ids are given). */
  private added: Map<number, number> | undefined;
  /** Ids of the arrays taken out by updates. */
  private removed: Set<number> | undefined;

  /**
   * `ids` ascending; `frequencies[i]` is the term's frequency in passage
   * `ids[i]`. Throws when the ids are not ascending, unless `checked` says
   * the caller has checked them (TermTable.restore checks every term's once:
   * a term read later is not read through again).
   */
  constructor(
    private readonly ids: Uint32Array,
    private readonly frequencies: Uint16Array,
    checked = false,
  ) {
    super();
    if (ids.length !== frequencies.length) throw new CacheFormatError('policy-bot: a posting map needs a frequency for every id');
    if (checked) return;
    for (let i = 1; i < ids.length; i++) if ((ids[i] ?? 0) <= (ids[i - 1] ?? 0)) throw new CacheFormatError('policy-bot: posting ids are not ascending');
  }

  override get size(): number {
    return this.ids.length - (this.removed?.size ?? 0) + (this.added?.size ?? 0);
  }

  private indexOf(id: number): number {
    const next = this.cursor + 1;
    if (this.ids[next] === id) {
      this.cursor = next;
      return next;
    }
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid] ?? 0;
      if (at === id) {
        this.cursor = mid;
        return mid;
      }
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The position of `id` in the arrays, or -1 when it is not there or was removed. */
  private baseIndexOf(id: number): number {
    return this.removed?.has(id) === true ? -1 : this.indexOf(id);
  }

  override has(id: number): boolean {
    return this.added?.has(id) === true || this.baseIndexOf(id) >= 0;
  }

  override get(id: number): number | undefined {
    const added = this.added?.get(id);
    if (added !== undefined) return added;
    const i = this.baseIndexOf(id);
    return i < 0 ? undefined : this.frequencies[i];
  }

  override *entries(): MapIterator<[number, number]> {
    const removed = this.removed;
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i] ?? 0;
      if (removed === undefined || !removed.has(id)) yield [id, this.frequencies[i] ?? 0];
    }
    if (this.added !== undefined) yield* this.added.entries();
  }

  override keys(): MapIterator<number> {
    if (this.added === undefined && this.removed === undefined) return this.ids.values();
    return this.mapped(([id]) => id);
  }

  override values(): MapIterator<number> {
    if (this.added === undefined && this.removed === undefined) return this.frequencies.values();
    return this.mapped(([, tf]) => tf);
  }

  private *mapped(f: (entry: [number, number]) => number): MapIterator<number> {
    for (const entry of this.entries()) yield f(entry);
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  override forEach(each: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    const removed = this.removed;
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i] ?? 0;
      if (removed === undefined || !removed.has(id)) each.call(thisArg, this.frequencies[i] ?? 0, id, this);
    }
    this.added?.forEach((tf, id) => {
      each.call(thisArg, tf, id, this);
    });
  }

  /** Puts in the posting of a passage an update added (its id above every id here), or counts one more occurrence of it. */
  override set(id: number, tf: number): this {
    if (this.baseIndexOf(id) >= 0) throw new InternalError('policy-bot: an update changed a restored posting; only new passages get postings');
    const last = this.ids[this.ids.length - 1];
    if (last !== undefined && id <= last && this.added?.has(id) !== true) throw new InternalError('policy-bot: a new posting is not above the restored ones');
    this.added ??= new Map();
    this.added.set(id, tf);
    return this;
  }

  /** Takes out the posting of a passage an update removed. */
  override delete(id: number): boolean {
    if (this.added?.delete(id) === true) return true;
    if (this.baseIndexOf(id) < 0) return false;
    this.removed ??= new Set();
    this.removed.add(id);
    return true;
  }

  override clear(): void {
    throw new InternalError('policy-bot: a posting map is cleared only by a whole build, which makes a new one');
  }
}
