/**
 * Step 5a: ligatures split apart. PDF text often breaks a word right after an
 * ff/fi/fl ligature glyph ("eff orts", "identifi ed", "off er", "fi nancial").
 * The pieces are joined when the document writes the joined word elsewhere,
 * or the joined word is an English word and the pieces are not two words of
 * their own ("off line" stays unless the document writes "offline"), or the
 * left piece is no word at all.
 */
import type { Vocabulary } from './vocabulary.ts';

const SPLIT_LIGATURE = /(?<![\p{L}\p{N}])(\p{L}*(?:ff|fi|fl))\s(\p{Ll}+)(?![\p{L}\p{N}])/gu;

/** True when `left` (ending in a ligature) and `right` are one word split apart. */
export function isSplitLigature(left: string, right: string, vocab: Vocabulary): boolean {
  const joined = (left + right).toLowerCase();
  if (vocab.count(joined) > 0) return true;
  if (vocab.isCommonWord(left) && vocab.inDictionary(right)) return false;
  if (vocab.inDictionary(joined)) return true;
  return !vocab.inDictionary(left) && !vocab.isCommonWord(right);
}

/** The text with split ligatures joined, and how many were. */
export function joinSplitLigatures(text: string, vocab: Vocabulary): { readonly text: string; readonly joined: number } {
  let joined = 0;
  const fixed = text.replace(SPLIT_LIGATURE, (all: string, left: string, right: string) => {
    if (!isSplitLigature(left, right, vocab)) return all;
    joined += 1;
    return left + right;
  });
  return { text: fixed, joined };
}
