/**
 * The fuzzy walk over a sorted list of terms: every term within a number of
 * edits (Levenshtein: insertions, deletions, substitutions) of a query term,
 * with its distance. It gives what MiniSearch's fuzzy walk over its radix
 * tree gives (test/search/sorted-fuzzy.test.ts holds the two equal), for an
 * index restored from the cache, which keeps its terms as one sorted array
 * instead of a tree (term-table.ts).
 *
 * Written here because no library walks a sorted array: terms that share a
 * prefix are neighbours in it, so the rows of the edit-distance matrix for
 * the shared prefix are kept from one term to the next (as a walk down a
 * trie keeps them), and a prefix whose best row is already over the
 * distance skips, by binary search, every term that starts with it.
 */

/** The first index at or after `from` in the sorted `terms` whose term does not start with `prefix`. */
function pastPrefix(terms: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const term = terms[mid] ?? '';
    // Sorted by code units: the terms starting with `prefix` come before any greater term that does not.
    if (term.startsWith(prefix) || term < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `found(index, distance)` for every term of `terms` (sorted by code
 * units, as Array.prototype.sort sorts strings) within `maxDistance` edits
 * of `query`, in the order of `terms`.
 */
export function fuzzyWalk(terms: readonly string[], query: string, maxDistance: number, found: (index: number, distance: number) => void): void {
  const n = query.length + 1;
  // No term longer than this is within the distance: it needs more insertions than allowed.
  const maxRows = query.length + maxDistance;
  // Row r holds the distances between the first r code units of the current term and every prefix of the query.
  const matrix = new Uint16Array((maxRows + 1) * n);
  for (let j = 0; j < n; j++) matrix[j] = j;
  let previous = '';
  // How many rows (after row 0) hold the current prefix of `previous`.
  let valid = 0;
  let k = 0;
  while (k < terms.length) {
    const term = terms[k] ?? '';
    let shared = 0;
    const limit = Math.min(valid, term.length);
    while (shared < limit && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    let row = shared;
    let pruned = false;
    while (row < term.length) {
      if (row >= maxRows) {
        pruned = true;
        break;
      }
      const char = term.charCodeAt(row);
      const at = (row + 1) * n;
      const above = row * n;
      matrix[at] = row + 1;
      let best = row + 1;
      for (let j = 1; j < n; j++) {
        const substitute = (matrix[above + j - 1] ?? 0) + (char === query.charCodeAt(j - 1) ? 0 : 1);
        const remove = (matrix[above + j] ?? 0) + 1;
        const insert = (matrix[at + j - 1] ?? 0) + 1;
        const d = Math.min(substitute, remove, insert);
        matrix[at + j] = d;
        if (d < best) best = d;
      }
      row++;
      // Distances never fall along a row's extensions: no term with this prefix is within the distance.
      if (best > maxDistance) {
        pruned = true;
        break;
      }
    }
    previous = term;
    valid = row;
    if (pruned) {
      k = pastPrefix(terms, term.slice(0, row), k + 1);
      continue;
    }
    const distance = matrix[row * n + n - 1] ?? maxDistance + 1;
    if (distance <= maxDistance) found(k, distance);
    k++;
  }
}
