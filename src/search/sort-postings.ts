/**
 * Sorting postings by passage ordinal, each frequency moving with its
 * ordinal: what renumbering an updated index for the cache needs (pack.ts,
 * postings.ts). Each pair is one number (ordinal × 2^16 + frequency: below
 * 2^48, exact in a double), so the typed array's own numeric sort does it,
 * with no comparator called per pair; a common term has tens of thousands.
 */

/** Sorts `ordinals` ascending in place, `frequencies` (each below 2^16) along with them. */
export function sortPostings(ordinals: Uint32Array, frequencies: Uint16Array | Uint8Array): void {
  const pairs = new Float64Array(ordinals.length);
  for (let i = 0; i < ordinals.length; i++) pairs[i] = (ordinals[i] ?? 0) * 65_536 + (frequencies[i] ?? 0);
  pairs.sort();
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] ?? 0;
    ordinals[i] = Math.floor(pair / 65_536);
    frequencies[i] = pair % 65_536;
  }
}
