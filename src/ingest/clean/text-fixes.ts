/**
 * Step 5: the fixes made inside a block's text, in order: doubled glyphs
 * before ligatures (a doubled "ooff" would read as a ligature split),
 * letter spacing, split ligatures, then footnote markers. Each is a
 * {@link TextFix}: the pipeline runs a list of them, so a test can add one.
 */
import { joinSplitLigatures } from './ligatures.ts';
import { restoreDoubledGlyphs, restoreLetterSpacing } from './letter-spacing.ts';
import { separateFootnoteMarkers } from './footnotes.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What a fix counts. */
export interface FixCounts {
  ligaturesJoined: number;
  letterSpacingFixed: number;
  footnoteMarkersSeparated: number;
}

/** What one fix did to a block's text: the new text, what it counted, and the words it took out on purpose (footnote markers). */
export interface FixResult {
  readonly text: string;
  readonly counts?: Partial<FixCounts>;
  readonly removed?: readonly string[];
}

/** One fix of a block's text. */
export type TextFix = (text: string, vocab: Vocabulary) => FixResult;

export const restoreDoubled: TextFix = (text) => {
  const r = restoreDoubledGlyphs(text);
  return { text: r.text, counts: { letterSpacingFixed: r.fixed } };
};
export const restoreSpacing: TextFix = (text, vocab) => {
  const r = restoreLetterSpacing(text, vocab);
  return { text: r.text, counts: { letterSpacingFixed: r.fixed } };
};
export const joinLigatures: TextFix = (text, vocab) => {
  const r = joinSplitLigatures(text, vocab);
  return { text: r.text, counts: { ligaturesJoined: r.joined } };
};
export const separateMarkers: TextFix = (text, vocab) => {
  const r = separateFootnoteMarkers(text, vocab);
  return { text: r.text, counts: { footnoteMarkersSeparated: r.markers.length }, removed: r.markers };
};

/** The fixes cleaning runs, in order. */
export const TEXT_FIXES: readonly TextFix[] = [restoreDoubled, restoreSpacing, joinLigatures, separateMarkers];
