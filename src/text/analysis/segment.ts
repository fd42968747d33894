/**
 * Words of a text in the language it is written in. Languages written with
 * spaces are split as English is (terms.ts: letters and digits, inner
 * apostrophes). Japanese and Chinese are written without spaces between
 * words: Intl.Segmenter (ICU's dictionary segmentation, built into Node)
 * splits them into words; its other segments (punctuation, spaces) are
 * dropped.
 */
import { type Token, tokenize } from '../terms.ts';
import type { Analysis } from './languages.ts';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterOf(language: 'ja' | 'zh'): Intl.Segmenter {
  let s = segmenters.get(language);
  if (s === undefined) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** A run of Han, kana or Hangul letters, which needs a dictionary to split. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The word tokens of `text` read as `language`, with their offsets in `text`. */
export function wordsOf(text: string, language: Analysis): Token[] {
  if ((language !== 'ja' && language !== 'zh') || !UNSPACED.test(text)) return tokenize(text);
  const tokens: Token[] = [];
  for (const s of segmenterOf(language).segment(text)) {
    if (s.isWordLike !== true) continue;
    // A segment may still hold Latin words with inner punctuation: those are split as tokenize does.
    if (UNSPACED.test(s.segment)) tokens.push({ word: s.segment, start: s.index, end: s.index + s.segment.length });
    else for (const t of tokenize(s.segment)) tokens.push({ word: t.word, start: s.index + t.start, end: s.index + t.end });
  }
  return tokens;
}
