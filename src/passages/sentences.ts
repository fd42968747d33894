/**
 * A passage's sentences, read from its flat sentence bounds. A passage keeps
 * only the offsets of its sentences (`[start0, end0, start1, end1, …]`,
 * relative to its text), not a string and an object per sentence: at 100k
 * passages those ~600k objects and slices were tens of megabytes. The text
 * of a sentence is sliced from the passage's text where it is needed.
 */
import type { SentenceSpan } from '../text/sentences.ts';

/** What these helpers read of a passage. */
export interface SentenceBearer {
  readonly text: string;
  readonly sentenceBounds: readonly number[];
}

/** How many sentences `passage` has. */
export function sentenceCount(passage: SentenceBearer): number {
  return passage.sentenceBounds.length >>> 1;
}

/** Where sentence `i` starts in the passage's text. */
export function sentenceStart(passage: SentenceBearer, i: number): number {
  return passage.sentenceBounds[2 * i] ?? 0;
}

/** Where sentence `i` ends in the passage's text. */
export function sentenceEnd(passage: SentenceBearer, i: number): number {
  return passage.sentenceBounds[2 * i + 1] ?? 0;
}

/** The verbatim text of sentence `i`. */
export function sentenceText(passage: SentenceBearer, i: number): string {
  return passage.text.slice(sentenceStart(passage, i), sentenceEnd(passage, i));
}

/** Every sentence of `passage` with its text, materialised (for tests and rare callers; the hot paths use the offsets). */
export function sentenceSpans(passage: SentenceBearer): SentenceSpan[] {
  return Array.from({ length: sentenceCount(passage) }, (_, i) => ({
    text: sentenceText(passage, i),
    start: sentenceStart(passage, i),
    end: sentenceEnd(passage, i),
  }));
}

/** Flat bounds of `spans`, shifted by `offset` (a passage's start in its paragraph). */
export function boundsOf(spans: readonly { readonly start: number; readonly end: number }[], offset = 0): number[] {
  const bounds: number[] = [];
  for (const s of spans) bounds.push(s.start - offset, s.end - offset);
  return bounds;
}
