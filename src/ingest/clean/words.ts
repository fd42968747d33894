/**
 * Words and sentence ends as the cleaning steps read them.
 */

/** The white-space separated tokens of a text. */
export function tokens(text: string): string[] {
  return text.split(/\s+/u).filter((t) => t !== '');
}

/** Sentence-ending punctuation at the end of a line, a closing quote or bracket allowed after it. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** True when the text ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
