/**
 * The language a document is written in. Detected with tinyld: pure
 * JavaScript with no dependencies and no model to fetch, a Node range that
 * includes 20, ISO 639-1 codes out of the box (which are BCP 47 tags as
 * they are; franc answers ISO 639-3 and would need a mapping table), and
 * fast enough to read a whole strategy's opening in a millisecond or two.
 */
import { detect } from 'tinyld';
import { winner } from './votes.ts';

/**
 * The text is read in windows, each detected on its own, and the language
 * most windows are in wins. On a whole 20,000-character sample tinyld's
 * scores drift with a document's debris (tables, bullet runs, capitalised
 * headings): 8 of the 47 national strategies came out as Hindi, Berber or
 * Hungarian; by vote of 1,000-character windows every one came out right.
 */
const WINDOW_CHARS = 1000;
const MAX_WINDOWS = 40;
/** Below this, a guess is no better than none. */
const MIN_SAMPLE_CHARS = 40;

export type LanguageReason = 'given' | 'metadata' | 'detected';

/** Up to MAX_WINDOWS windows of about WINDOW_CHARS, cut at white space. */
function windowsOf(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join('\n');
  const windows: string[] = [];
  let at = 0;
  while (at < text.length && windows.length < MAX_WINDOWS) {
    let end = Math.min(text.length, at + WINDOW_CHARS);
    const space = text.lastIndexOf(' ', end);
    if (end < text.length && space > at + WINDOW_CHARS / 2) end = space;
    windows.push(text.slice(at, end));
    at = end;
  }
  return windows;
}

/** Each language's count of windows of `paragraphs`. */
function windowVotes(paragraphs: readonly string[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const window of windowsOf(paragraphs)) {
    if (window.trim().length < MIN_SAMPLE_CHARS) continue;
    const code = detect(window);
    if (code !== '') votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  return votes;
}

/** The language of `paragraphs` as a BCP 47 tag (`en`, `fr`), or undefined when there is too little text to tell. */
export function detectLanguage(paragraphs: readonly string[]): string | undefined {
  return winner(windowVotes(paragraphs));
}

/**
 * A second language holding at least this share of the windows (and two of
 * them) makes a mixed document: a bilingual strategy, an English one with
 * its French annexes. Below it, a window or two of another language is
 * debris (a quoted title, a table of names) rather than text to read in it.
 */
const MIXED_MIN_SHARE = 0.2;
const MIXED_MIN_WINDOWS = 2;

/** The languages `paragraphs` mix, the main one first: one language (or none) for most documents. */
export function detectLanguages(paragraphs: readonly string[]): string[] {
  const votes = windowVotes(paragraphs);
  const main = winner(votes);
  if (main === undefined) return [];
  const total = [...votes.values()].reduce((s, n) => s + n, 0);
  const others = [...votes].filter(([code, n]) => code !== main && n >= MIXED_MIN_WINDOWS && n >= MIXED_MIN_SHARE * total).sort((a, b) => b[1] - a[1]);
  return [main, ...others.map(([code]) => code)];
}

/** The language: given (`--lang xx`; `auto` or nothing detects), declared by the file, or detected, with the languages it mixes (`mixes`, main first) when detected so. */
export function inferLanguage(
  given: string | undefined,
  declared: string | undefined,
  paragraphs: readonly string[],
): { language: string; reason: LanguageReason; mixes?: string[] } | undefined {
  if (given !== undefined && given !== 'auto') return { language: given, reason: 'given' };
  if (declared !== undefined) return { language: declared, reason: 'metadata' };
  const [main, ...others] = detectLanguages(paragraphs);
  if (main === undefined) return undefined;
  return { language: main, reason: 'detected', ...(others.length === 0 ? {} : { mixes: [main, ...others] }) };
}
