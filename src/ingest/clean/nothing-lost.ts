/**
 * Step 7: nothing lost. The words of the blocks are compared with the words
 * of the extracted lines. A word removed on purpose (a running header,
 * footer or page number line, a footnote marker) is not missing; a word
 * rejoined (hyphenation, a split ligature, letter spacing, doubled glyphs)
 * counts as kept, because words are compared as runs of letters and of
 * digits, pieces against wholes. Anything else is missing.
 */

import { restoreDoubledGlyphs } from './letter-spacing.ts';

/** Runs of letters (with their marks) and runs of digits, lowercase: "Cyber-attacks," → cyber, attacks; "crimes.15" → crimes, 15. */
export function wordPieces(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? []
  );
}

/** The piece as the doubled-glyph fix leaves it ("ssttrraatteeggyy" → "strategy", "rightssttrraatteeggyy" → "rightstrategy", "ooff" → "of"). */
function undouble(piece: string): string {
  let out = piece;
  // Fully doubled ("ooff", "gggglllloooo…"): undouble while it stays so; else the doubled tail the fix restores.
  for (let pass = 0; pass < 3 && out.length >= 2 && /^(?:(.)\1)+$/su.test(out); pass += 1) out = out.replace(/(.)\1/gsu, '$1');
  return out === piece ? restoreDoubledGlyphs(piece).text : out;
}

/** What is compared: the extracted lines, what was removed on purpose, and the blocks' texts. */
export interface WordsToCompare {
  readonly extracted: readonly string[];
  readonly removed: readonly string[];
  readonly kept: readonly string[];
}

/** The pieces of the extracted text that are neither kept nor removed on purpose, in document order. */
export function findMissingWords(input: WordsToCompare): string[] {
  const pool = new Map<string, number>();
  const add = (w: string): void => {
    pool.set(w, (pool.get(w) ?? 0) + 1);
  };
  for (const text of input.kept) for (const w of wordPieces(text)) add(w);
  for (const text of input.removed) for (const w of wordPieces(text)) add(w);
  const unmatched: string[] = [];
  for (const text of input.extracted) {
    for (const w of wordPieces(text)) {
      const n = pool.get(w) ?? 0;
      if (n > 0) pool.set(w, n - 1);
      else unmatched.push(w);
    }
  }
  if (unmatched.length === 0) return [];
  // What is left in the pool was made by joining or splitting: the unmatched pieces must be its parts, or made of it.
  const rest = [...pool.entries()].filter(([, n]) => n > 0).map(([w]) => w);
  const restSet = new Set(rest);
  // One string to search: a piece inside any left-over word ("eff" in "efforts").
  const haystack = rest.join('\n');
  return unmatched.filter((w) => !covered(w, haystack, restSet) && !covered(undouble(w), haystack, restSet));
}

function covered(piece: string, haystack: string, restSet: ReadonlySet<string>): boolean {
  return restSet.has(piece) || haystack.includes(piece) || segments(piece, restSet);
}

/** True when the piece is a concatenation of words of the set ("201223" = "2012" + "23"). */
function segments(piece: string, words: ReadonlySet<string>): boolean {
  if (piece.length > 40) return false;
  const can = new Array<boolean>(piece.length + 1).fill(false);
  can[0] = true;
  for (let end = 1; end <= piece.length; end += 1) {
    for (let start = 0; start < end && !can[end]; start += 1) if (can[start] && words.has(piece.slice(start, end))) can[end] = true;
  }
  return can[piece.length] === true;
}
