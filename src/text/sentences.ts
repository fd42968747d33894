/**
 * Sentence splitting. The Unicode sentence segmenter (ICU, via
 * `Intl.Segmenter`) already handles quotes, brackets and decimal numbers;
 * on top of it we re-join the breaks it makes after abbreviations and
 * initials ("U.S. Cyber Command", "e.g. between", "Mr. Smith").
 */

/** One sentence of a text, with its offsets in that text (`text.slice(start, end) === sentence.text`). */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations after which a full stop does not end a sentence (compared lowercase, without the final dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g',
  'i.e',
  'etc',
  'cf',
  'vs',
  'viz',
  'al',
  'approx',
  'ca',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'p',
  'pp',
  'vol',
  'ed',
  'eds',
  'fig',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'rep',
  'sen',
  'gov',
  'amb',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

let segmenter: Intl.Segmenter | undefined;

/**
 * ICU's sentence segmenter, made on first use: making one loads ICU's break
 * rules (~25 ms), and a question answered from the cache splits no text.
 */
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** True when a segment ends in an abbreviation or initialism, so the break after it is not a sentence end. */
function endsInAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“‘"'[])((?:[\p{L}]\.){2,}|[\p{L}][\p{L}.]*)\.$/u.exec(segment.trimEnd());
  const word = m?.[1];
  if (word === undefined) return false;
  // Initialisms such as U.S., U.K., e.g. (letters each followed by a dot), and single capital initials (J. Smith).
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `text` into sentences. Every character of `text` belongs to exactly
 * one span apart from the white space between sentences, and each span's
 * text is the verbatim slice of `text` it covers (trimmed).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pendingStart = -1;
  for (const { segment, index } of sentenceSegmenter().segment(text)) {
    if (pendingStart < 0) pendingStart = index;
    const end = index + segment.length;
    if (endsInAbbreviation(segment) && end < text.length) continue;
    pushTrimmed(spans, text, pendingStart, end);
    pendingStart = -1;
  }
  if (pendingStart >= 0) pushTrimmed(spans, text, pendingStart, text.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
}
