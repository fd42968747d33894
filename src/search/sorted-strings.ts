/**
 * Binary search over a list of strings sorted by code units (as
 * Array.prototype.sort sorts them): the vocabulary and the packed term table.
 */

/** The first position in the sorted `list` whose string is not below `term` (`list.length` when every one is). */
export function lowerBound(list: readonly string[], term: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? '') < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
