/**
 * Runs of terms: whether a sequence of terms occurs, in order and side by
 * side, in another. Used by query expansion (a glossary phrase in a
 * question) and by facts (a theme phrase in a sentence), so it lives here
 * and neither imports the other.
 */

/** True when `run` occurs contiguously in `terms`. */
export function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= terms.length; i++) {
    for (let j = 0; j < run.length; j++) if (terms[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
