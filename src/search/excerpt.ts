/**
 * Excerpts: the one to three sentences of a passage that best answer a
 * query, with the words that matched marked.
 */
import type { Passage } from '../passages/chunk.ts';
import { sentenceCount, sentenceEnd, sentenceStart } from '../passages/sentences.ts';
import { forEachWord, processWord } from '../text/terms.ts';
import { analyseWord, elidedLength } from '../text/analysis/analyse.ts';
import { analysisOf } from '../text/analysis/languages.ts';
import { wordsOf } from '../text/analysis/segment.ts';

/** The most sentences an excerpt joins. */
export const MAX_EXCERPT_SENTENCES = 3;
/**
 * An excerpt grows past one sentence only while it stays within this many
 * characters; one longer sentence (a run of bullets, a flattened table,
 * text that never ends a sentence) is cut to the part that matched.
 */
export const MAX_EXCERPT_CHARS = 400;

/** How much text before the first matched word a cut excerpt keeps, to start with what leads to it. */
const LEAD_CHARS = 60;

/** A span of text, offsets relative to the text it marks. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A verbatim slice of a passage. */
export interface Excerpt {
  /** `passage.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Words in `text` that matched the query, offsets relative to `text`. */
  readonly marks: readonly Span[];
}

interface ScoredSentence {
  readonly start: number;
  readonly end: number;
  readonly terms: ReadonlySet<string>;
  readonly marks: readonly Span[];
}

/**
 * The best excerpt of `passage` for a query whose matched index terms are
 * `matched`; `weight` says how much each term is worth (its rarity).
 */
export function bestExcerpt(passage: Passage, matched: ReadonlySet<string>, weight: (term: string) => number): Excerpt {
  // Processing a word never changes its first character when that is ASCII (case aside): a word whose first
  // letter no matched term starts with cannot match, and is not processed. Most words of a passage are skipped.
  const initials = new Uint8Array(128);
  for (const t of matched) {
    const c = t.charCodeAt(0);
    if (c < 128) initials[c] = 1;
  }
  const text = passage.text;
  const language = analysisOf(passage.language);
  const sentences: ScoredSentence[] = Array.from({ length: sentenceCount(passage) }, (_, i) => {
    const start = sentenceStart(passage, i);
    const terms = new Set<string>();
    const marks: Span[] = [];
    const mark = (term: string | undefined, from: number, to: number): boolean => {
      if (term === undefined || !matched.has(term)) return false;
      terms.add(term);
      marks.push({ start: from, end: to });
      return true;
    };
    if (language === 'en') {
      forEachWord(
        text,
        (from, to) => {
          const first = text.charCodeAt(from);
          if (first < 128 && initials[first >= 65 && first <= 90 ? first | 32 : first] === 0) return;
          mark(processWord(text.slice(from, to)), from, to);
        },
        start,
        sentenceEnd(passage, i),
      );
    } else {
      // A passage in another language: its words as its language reads them, matched by their own term or the one that crosses.
      for (const w of wordsOf(text.slice(start, sentenceEnd(passage, i)), language)) {
        const { own, cross } = analyseWord(w.word, language);
        const from = start + w.start + elidedLength(w.word, language);
        if (!mark(own, from, start + w.end)) mark(cross, from, start + w.end);
      }
    }
    return { start, end: sentenceEnd(passage, i), terms, marks };
  });
  if (sentences.length === 0) return { text: passage.text, start: 0, end: passage.text.length, marks: [] };

  const value = (terms: ReadonlySet<string>): number => {
    let sum = 0;
    for (const t of terms) sum += weight(t);
    return sum;
  };
  const values = sentences.map((s) => value(s.terms));
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? 0)) best = i;
  });

  // Grow the window to a neighbour while that adds terms not yet covered, within the bounds.
  let lo = best;
  let hi = best;
  const covered = new Set(sentences[best]?.terms ?? []);
  while (hi - lo + 1 < MAX_EXCERPT_SENTENCES) {
    const candidates = [lo - 1, hi + 1].filter((i) => i >= 0 && i < sentences.length);
    let pick = -1;
    let gain = 0;
    for (const i of candidates) {
      const s = sentences[i];
      if (s === undefined) continue;
      const span = Math.max(hi === i - 1 ? s.end : (sentences[hi]?.end ?? 0), 0) - Math.min(s.start, sentences[lo]?.start ?? 0);
      if (span > MAX_EXCERPT_CHARS) continue;
      const g = value(new Set([...s.terms].filter((t) => !covered.has(t))));
      if (g > gain) {
        gain = g;
        pick = i;
      }
    }
    if (pick < 0) break;
    for (const t of sentences[pick]?.terms ?? []) covered.add(t);
    if (pick < lo) lo = pick;
    else hi = pick;
  }

  const from = sentences[lo]?.start ?? 0;
  const to = sentences[hi]?.end ?? passage.text.length;
  const all = sentences.slice(lo, hi + 1).flatMap((s) => s.marks);
  const { start, end } = to - from > MAX_EXCERPT_CHARS ? cutToMatches(text, from, to, all) : { start: from, end: to };
  const marks = all.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start }));
  return { text: text.slice(start, end), start, end, marks };
}

/**
 * The part of `text[from, to)` (longer than MAX_EXCERPT_CHARS) that holds
 * the most matched words within MAX_EXCERPT_CHARS, starting a little before
 * the first of them, both ends on word boundaries: still a verbatim slice.
 */
function cutToMatches(text: string, from: number, to: number, marks: readonly Span[]): Span {
  let best = { start: from, count: -1 };
  for (const anchor of [{ start: from }, ...marks]) {
    const start = Math.max(from, anchor.start - LEAD_CHARS);
    const count = marks.filter((m) => m.start >= start && m.end <= start + MAX_EXCERPT_CHARS).length;
    if (count > best.count) best = { start, count };
  }
  let start = best.start;
  // Start at a word: past the rest of a word cut in two, and past the spaces after it.
  if (start > from && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) while (start < to && /[\p{L}\p{N}]/u.test(text.charAt(start))) start++;
  while (start < to && /\s/u.test(text.charAt(start))) start++;
  let end = Math.min(to, start + MAX_EXCERPT_CHARS);
  // End at a word: before a word cut in two, and before the spaces ahead of it.
  if (end < to && /[\p{L}\p{N}]/u.test(text.charAt(end))) while (end > start && /[\p{L}\p{N}]/u.test(text.charAt(end - 1))) end--;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : { start: from, end: Math.min(to, from + MAX_EXCERPT_CHARS) };
}
