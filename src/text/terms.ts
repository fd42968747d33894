/**
 * Term processing, shared by the index and the query planner so both sides
 * see the same terms: Unicode and quote normalisation, diacritics, case,
 * possessives, dotted initialisms (U.S. → us), stop words, British/American
 * spelling and Porter stemming.
 */
import { stemmer } from 'stemmer';
import { STOPWORD_LISTS } from './stopword-lists.ts';
import { foldSpelling } from './spelling.ts';

/** Words that carry no meaning for retrieval: the stopword package's English list plus question words and auxiliaries. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOPWORD_LISTS.eng,
  'does',
  'did',
  'done',
  'doing',
  'do',
  'has',
  'have',
  'had',
  'having',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'tell',
  'me',
  'please',
  'us',
  'our',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'any',
  'anything',
  'something',
  'say',
  'says',
  'said',
  'know',
  'about',
  'there',
  'their',
  'them',
  'they',
  'this',
  'that',
  'these',
  'those',
  'its',
  'it',
  'an',
  'a',
  'the',
  'of',
  'on',
  'in',
  'to',
  'for',
  'with',
  'by',
  'as',
  'at',
  'from',
  'or',
  'and',
  'so',
  'such',
  'than',
  'then',
  'also',
  'very',
  'much',
  'many',
  'some',
  'own',
  'i',
  'you',
  'we',
  'he',
  'she',
]);

/** Zero-width and bidirectional control characters, which only hide or reorder text. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included
const ASCII_WITHOUT_BACKTICK = /^[\x00-\x5f\x61-\x7f]*$/u;

/**
 * Normalises text for matching (not for display): NFKD with combining marks
 * removed (diacritics), typographic quotes and dashes to ASCII, invisible
 * characters removed. Case is kept: acronyms are told apart by it.
 */
export function normaliseText(text: string): string {
  // ASCII without a backtick (most text) has nothing here to change; the test is much cheaper than the replacements.
  if (ASCII_WITHOUT_BACKTICK.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(INVISIBLE, '')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-');
}

/** A token of a text: the raw word and where it stands (offsets in the text given to {@link tokenize}). */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word: letters and digits, with inner apostrophes (Japan's) and dotted
 * initialisms (U.S., e.g.) kept together. Hyphens split words, so
 * "capacity-building" and "capacity building" index alike.
 */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into word tokens with their offsets. The text may be raw (typographic apostrophes are understood). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included
const ASCII = /^[\x00-\x7f]*$/u;

/** Whether each ASCII code is a letter (1), a digit (2) or neither (0). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0));
const LETTER = 1;

/** {@link WORD}'s tokens of ASCII `text` between `from` and `to`, by hand: the regex's cost is per match (~100 ns), most of an excerpt's. */
function forEachAsciiWord(text: string, from: number, to: number, each: (start: number, end: number) => void): void {
  // The class of the code at i, 0 past `to` (the part is read as if it were the whole text).
  const classAt = (i: number): number => (i < to ? (ASCII_CLASS[text.charCodeAt(i)] ?? 0) : 0);
  let i = from;
  while (i < to) {
    if (classAt(i) === 0) {
      i++;
      continue;
    }
    // A dotted initialism first (two letter-dot pairs or more), as the regex tries it first.
    let j = i;
    while (classAt(j) === LETTER && j + 1 < to && text.charCodeAt(j + 1) === 46) j += 2;
    if (j - i < 4) {
      j = i + 1;
      while (classAt(j) !== 0) j++;
      // Inner apostrophes followed by letters: Japan's.
      while (j + 1 < to && text.charCodeAt(j) === 39 && classAt(j + 1) === LETTER) {
        j += 2;
        while (classAt(j) === LETTER) j++;
      }
    }
    each(i, j);
    i = j;
  }
}

/**
 * Calls `each` with the offsets of every word token of `text` between
 * `from` and `to` (read as if that were the whole text), as {@link tokenize}
 * finds them, without building the array or the words: for hot loops that
 * look at most words once and keep few. ASCII text is scanned by hand.
 */
export function forEachWord(text: string, each: (start: number, end: number) => void, from = 0, to = text.length): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (ASCII.test(part)) {
    forEachAsciiWord(text, from, to, each);
    return;
  }
  const word = new RegExp(WORD.source, WORD.flags);
  for (let m = word.exec(part); m !== null; m = word.exec(part)) each(from + m.index, from + m.index + m[0].length);
}

/** True for a word written in capitals (two letters or more, digits allowed): an acronym such as US, IT, NIS2. */
export function isAcronym(word: string): boolean {
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.]+$/u.test(word);
}

/**
 * Turns one raw token into its index term, or `undefined` when it carries no
 * meaning (a stop word, a lone letter). A stop word written as an acronym
 * (US, IT) is kept: in capitals it names something.
 */
export function processWord(raw: string): string | undefined {
  const known = processed.get(raw);
  if (known !== undefined) return known === null ? undefined : known;
  // A pure function of the word, and a corpus has few distinct words: remembering them makes indexing and excerpts cheap.
  if (processed.size >= PROCESSED_MEMO_SIZE) processed.clear();
  const term = processUncached(raw);
  processed.set(raw, term ?? null);
  return term;
}

/** Words remembered by {@link processWord}: more than a large corpus's vocabulary, a few MB. */
const PROCESSED_MEMO_SIZE = 200_000;
const processed = new Map<string, string | null>();

function processUncached(raw: string): string | undefined {
  // Plain ASCII (most words) has nothing for normaliseText to change: the word regex admits no backtick.
  const word = normaliseText(raw);
  const acronym = isAcronym(word);
  // Compatibility decomposition can bring in spaces or punctuation (¼ → 1⁄4): keep letters and digits only.
  const lower = word
    .toLowerCase()
    .replace(/'s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (lower.length === 0) return undefined;
  if (/\p{N}/u.test(lower)) return lower; // years, numbers, NIS2, G7: kept whole, never stemmed
  if (!acronym && (lower.length < 2 || STOP_WORDS.has(lower))) return undefined;
  const stem = stemmer(foldSpelling(lower));
  // Porter takes "use", "used", "uses" and "using" to "us", the term "US" (the country) is indexed as: a question
  // about how something is used matched every passage naming the United States.
  return stem === 'us' && !acronym ? 'use' : stem;
}

/** All index terms of a text, in order, duplicates kept (term frequency matters to BM25). */
export function processText(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) {
    const term = processWord(t.word);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}
