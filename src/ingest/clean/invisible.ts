/**
 * Step 1: invisible characters. Zero-width spaces, soft hyphens, byte-order
 * marks and direction controls only hide or reorder text; inside a word they
 * break exact matches ("Cyber\u200b\u200bSecurity"). They are removed and counted.
 * A soft hyphen at a line end is where typesetting broke a word ("infor\u00AD"
 * then "mācijas"): it goes with the line break, so the word is whole again
 * (unlike a visible hyphen, it is never part of the word: nothing to decide).
 */

/** A soft hyphen ending a line, with the line break and the next line's indent. */
const SOFT_HYPHEN_BREAK = /\u00AD[ \t]*\r?\n[ \t]*/gu;

/** Soft hyphen, zero-width space/joiners, direction marks and embeddings, word joiner and invisible operators, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** The text without invisible characters, and how many were removed. */
export function removeInvisible(text: string): { readonly text: string; readonly removed: number } {
  let removed = 0;
  const cleaned = text
    .replace(SOFT_HYPHEN_BREAK, () => {
      removed += 1;
      return '';
    })
    .replace(INVISIBLE, () => {
      removed += 1;
      return '';
    });
  return { text: cleaned, removed };
}
