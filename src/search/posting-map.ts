import { CacheFormatError, InternalError } from '../errors.ts';

/**
 * A term's postings in one field, as MiniSearch reads them, in typed
 * arrays. MiniSearch keeps, per index term and field, a Map of passage short
 * id → term frequency; at 100k passages those maps' entries were ~150 MB, a
 * third of the process (~40 bytes an entry). A restored index is never
 * changed (a reload builds another), and MiniSearch only reads these maps
 * when it searches (size, keys, get, and entries to serialise): this map
 * answers those from sorted ids and frequencies at 6 bytes a posting, and
 * refuses to be changed.
 */
export class PostingMap extends Map<number, number> {
  /** The position the last lookup found: MiniSearch gets each key in the order keys() gave it, so the next is one step on. */
  private cursor = -1;

  /** `ids` ascending; `frequencies[i]` is the term's frequency in passage `ids[i]`. Throws when the ids are not ascending. */
  constructor(
    private readonly ids: Uint32Array,
    private readonly frequencies: Uint16Array,
  ) {
    super();
    if (ids.length !== frequencies.length) throw new CacheFormatError('policy-bot: a posting map needs a frequency for every id');
    for (let i = 1; i < ids.length; i++) if ((ids[i] ?? 0) <= (ids[i - 1] ?? 0)) throw new CacheFormatError('policy-bot: posting ids are not ascending');
  }

  override get size(): number {
    return this.ids.length;
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

  override has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  override get(id: number): number | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.frequencies[i];
  }

  override keys(): MapIterator<number> {
    return this.ids.values();
  }

  override values(): MapIterator<number> {
    return this.frequencies.values();
  }

  override *entries(): MapIterator<[number, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i] ?? 0, this.frequencies[i] ?? 0];
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  override forEach(each: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) each.call(thisArg, this.frequencies[i] ?? 0, this.ids[i] ?? 0, this);
  }

  override set(): this {
    throw new InternalError('policy-bot: a restored index is read-only (a reload builds a new one)');
  }

  override delete(): boolean {
    throw new InternalError('policy-bot: a restored index is read-only (a reload builds a new one)');
  }

  override clear(): void {
    throw new InternalError('policy-bot: a restored index is read-only (a reload builds a new one)');
  }
}
