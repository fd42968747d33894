/**
 * Words as cleaning counts and compares them: white-space separated tokens,
 * and a normalised form (lowercase letters and digits only) under which a
 * word keeps its identity whatever punctuation or hyphen sits on it.
 */

/** The white-space separated tokens of a text. */
export function tokens(text: string): string[] {
  return text.split(/\s+/u).filter((t) => t !== '');
}

/** A token's letters and digits, lowercase (NFKC first, so a ligature glyph "ﬁ" reads "fi"); '' for punctuation alone. */
export function normaliseWord(token: string): string {
  return token.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The normalised words of a text, punctuation-only tokens left out. */
export function normalisedWords(text: string): string[] {
  const words: string[] = [];
  for (const t of tokens(text)) {
    const w = normaliseWord(t);
    if (w !== '') words.push(w);
  }
  return words;
}

/** Sentence-ending punctuation at the end of a line, a closing quote or bracket allowed after it. */
export const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** True when the text ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
