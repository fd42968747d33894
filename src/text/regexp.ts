/**
 * Regular expressions over written text, made one way: a name or phrase
 * searched for as written, its special characters escaped, as a whole word
 * (no letter or digit of any script touching it).
 */

/** `text` with every character a regular expression gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A regular expression finding `text` as a whole word; `flags` must hold `u` (the word bounds are Unicode classes). */
export function wholeWordRegExp(text: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, flags);
}
