/**
 * Our own compact record of the common terms, beside MiniSearch. A term that
 * occurs in more than MAX_POSTINGS_PER_TERM passages is indexed in MiniSearch
 * only for the passages it weighs most in (see capping.ts), because
 * MiniSearch scores every passage a query term touches and a common term
 * touches tens of thousands. This record keeps, for those terms only, every
 * passage that holds them (as sorted ordinals) with the term's frequency
 * there, so that the few hits that are shown are judged and scored on all
 * their terms, and each passage's length as MiniSearch counts it.
 */

/** The full postings of one common term: passage ordinals (ascending) and the term's frequency in each. */
export interface TermPostings {
  readonly ordinals: Uint32Array;
  readonly frequencies: Uint8Array;
}

/** What the cache stores: typed arrays as base64, which parses far faster than arrays of numbers. */
export interface SerialisedPostings {
  readonly terms: Record<string, readonly [ordinals: string, frequencies: string]>;
  readonly lengths: string;
  /** The cap the index was built with; null for none (JSON has no Infinity). */
  readonly cap: number | null;
}

function toBase64(a: Uint8Array | Uint16Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** A copy in a fresh, aligned buffer: a Buffer's view may start at an offset a wider typed array cannot use. */
function bytesOf(s: string): ArrayBuffer {
  const b = Buffer.from(s, 'base64');
  const copy = new ArrayBuffer(b.length);
  new Uint8Array(copy).set(b);
  return copy;
}

/** Full postings of the common terms, and passage lengths. */
export class CommonPostings {
  constructor(
    private readonly postings: ReadonlyMap<string, TermPostings>,
    /** Each passage's length as MiniSearch counts it (distinct words), by ordinal. */
    private readonly lengths: Uint16Array,
    /** Terms in more passages than this are common: MiniSearch holds only this many of their postings. */
    readonly cap: number,
  ) {}

  /** True when `term` is a common term, whose MiniSearch postings are capped. */
  isCommon(term: string): boolean {
    return this.postings.has(term);
  }

  /** How often common term `term` occurs in passage `ordinal` (0 when it does not, or when the term is not common). */
  frequency(term: string, ordinal: number): number {
    const p = this.postings.get(term);
    if (p === undefined) return 0;
    let lo = 0;
    let hi = p.ordinals.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = p.ordinals[mid] ?? 0;
      if (at === ordinal) return p.frequencies[mid] ?? 0;
      if (at < ordinal) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The length of passage `ordinal`. */
  length(ordinal: number): number {
    return this.lengths[ordinal] ?? 0;
  }

  toJSON(): SerialisedPostings {
    const terms: Record<string, readonly [string, string]> = {};
    for (const [term, p] of this.postings) terms[term] = [toBase64(p.ordinals), toBase64(p.frequencies)];
    return { terms, lengths: toBase64(this.lengths), cap: Number.isFinite(this.cap) ? this.cap : null };
  }

  static fromJSON(saved: SerialisedPostings): CommonPostings {
    const postings = new Map<string, TermPostings>();
    for (const [term, [ordinals, frequencies]] of Object.entries(saved.terms)) {
      postings.set(term, { ordinals: new Uint32Array(bytesOf(ordinals)), frequencies: new Uint8Array(bytesOf(frequencies)) });
    }
    return new CommonPostings(postings, new Uint16Array(bytesOf(saved.lengths)), saved.cap ?? Infinity);
  }
}
