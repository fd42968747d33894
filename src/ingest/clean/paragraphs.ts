/**
 * Step 3: blocks from lines. Hard-wrapped lines are joined into paragraphs,
 * list items and headings. Structured formats say where blocks end (their
 * hints and block ends are taken as they are); for PDF lines the geometry
 * speaks (vertical gaps, indentation, font size); for text only the lines
 * themselves: their length against the lines around them, sentence ends,
 * list markers, capitalised short lines.
 */
import type { BlockKind } from '../types.ts';
import { endsSentence } from './words.ts';
import { bodyMetrics, geometryBreak, geometryHeadingLevel, type BodyMetrics } from './geometry.ts';
import { itemAt } from './item-at.ts';
import { headingLevelOf, isMarkerOnly, isTableRow, isTitleCaseOnly, listMarker, runsOn, startsLowercase } from './line-kinds.ts';
import type { WorkLine } from './work-line.ts';

/** A block before its lines are joined: the lines as they were, trimmed. */
export interface DraftBlock {
  kind: BlockKind;
  lines: string[];
  readonly page: number | null;
  readonly level?: number;
}

/** A line shorter than this share of the lines around it ends where its paragraph ends. */
const SHORT_LINE = 0.8;
/** A line shorter than this share, not running on, ends a label or a heading even without a full stop. */
const VERY_SHORT_LINE = 0.6;
/** A title-case heading without a blank line after it is at most this share of the lines after it. */
const TITLE_SHORTER = 0.6;
/** A heading of several lines has at most this many characters. */
const MAX_HEADING = 90;

/** Builds blocks from the cleaned lines. */
export function buildBlocks(lines: readonly WorkLine[]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const metrics = bodyMetrics(lines);
  const widths = localWidths(lines);
  let pendingMarker: string | undefined;
  const open = (kind: BlockKind, line: WorkLine, text: string, level?: number): void => {
    blocks.push({ kind, lines: [text], page: line.page, ...(level === undefined ? {} : { level }) });
  };
  for (const [i, line] of lines.entries()) {
    const own = line.text.trim();
    if (pendingMarker !== undefined && isMarkerOnly(own)) {
      // Two markers in a row ("10." then "11."): the first had no item of its own.
      open('paragraph', line, pendingMarker);
      pendingMarker = own;
      continue;
    }
    // A marker alone on its line ("(i)", "10.") opens whatever the next line is.
    const text = pendingMarker === undefined || (line.hint === undefined && !line.toc && !isTableRow(own)) ? own : `${pendingMarker} ${own}`;
    if (text !== own) pendingMarker = undefined;
    const prev = i > 0 ? lines[i - 1] : undefined;
    const current = blocks.at(-1);
    const afterEnd = prev === undefined || prev.blockEnd || current === undefined;
    if (line.hint !== undefined) {
      const kind: BlockKind = line.hint.kind === 'table-row' ? 'table' : line.hint.kind;
      const level = line.hint.kind === 'heading' ? line.hint.level : undefined;
      if (!afterEnd && current?.kind === kind && kind !== 'heading') current.lines.push(text);
      else if (kind === 'table' && current?.kind === 'table') current.lines.push(text);
      else open(kind, line, text, level);
      continue;
    }
    if (line.toc) {
      if (current?.kind === 'toc') current.lines.push(text);
      else open('toc', line, text);
      continue;
    }
    if (isTableRow(text) || (current?.kind === 'table' && !afterEnd && tableRunsOn(lines, i))) {
      if (current?.kind === 'table') current.lines.push(text);
      else open('table', line, text);
      continue;
    }
    if (isMarkerOnly(text)) {
      pendingMarker = text;
      continue;
    }
    if (pendingMarker !== undefined) {
      const combined = `${pendingMarker} ${text}`;
      pendingMarker = undefined;
      const level = headingAt(lines, i, metrics, current) === undefined ? undefined : (headingLevelOf(combined) ?? headingLevelOf(text));
      if (level === undefined) open('list-item', line, combined);
      else open('heading', line, combined, level);
      continue;
    }
    // A numbered line set in a heading's font size is a numbered heading ("1. Introduction"), not a list item.
    if (listMarker(text) !== undefined && headingLevelOf(text) === undefined && geometryHeadingLevel(line, metrics) === undefined) {
      open('list-item', line, text);
      continue;
    }
    const heading = headingAt(lines, i, metrics, current);
    if (heading !== undefined) {
      if (
        current?.kind === 'heading' &&
        prev !== undefined &&
        !prev.blockEnd &&
        !lastLineOf(current).endsWith(':') &&
        current.lines.length < 3 &&
        [...current.lines, text].join(' ').length <= MAX_HEADING &&
        sameStyle(lastLineOf(current), text)
      ) {
        current.lines.push(text);
      } else open('heading', line, text, heading);
      continue;
    }
    if (
      current !== undefined &&
      prev !== undefined &&
      (current.kind === 'paragraph' || current.kind === 'list-item') &&
      joins(prev, line, itemAt(widths, i - 1), metrics, current.kind)
    ) {
      current.lines.push(text);
    } else open('paragraph', line, text);
  }
  if (pendingMarker !== undefined) blocks.push({ kind: 'paragraph', lines: [pendingMarker], page: lines.at(-1)?.page ?? null });
  return blocks;
}

/** True when the line runs on from `prev` in the same paragraph or list item. */
function joins(prev: WorkLine, line: WorkLine, prevWidth: number, metrics: BodyMetrics, kind: BlockKind): boolean {
  const prevText = prev.text.trim();
  const text = line.text.trim();
  const runOn = !endsSentence(prevText) && !prevText.endsWith(':') && (startsLowercase(text) || runsOn(prevText));
  const pageBreak = prev.pageBreakAfter || (prev.page !== null && line.page !== null && prev.page !== line.page);
  if (prev.blockEnd || pageBreak) return runOn;
  if (geometryBreak(prev, line, metrics) === true) return runOn;
  const length = prevText.length;
  // A list item runs on only where its sentence visibly does: items are short, and the text after a list is not part of its last item.
  if (kind === 'list-item')
    return (
      startsLowercase(text) || (runOn && !prevText.endsWith(';')) || (!endsSentence(prevText) && !prevText.endsWith(';') && length >= SHORT_LINE * prevWidth)
    );
  if (endsSentence(prevText) && length < SHORT_LINE * prevWidth) return false;
  if (!runOn && length < VERY_SHORT_LINE * prevWidth && /^\s*["'‘“(]?[\p{Lu}\d]/u.test(text)) return false;
  const indent = (t: string): number => t.length - t.trimStart().length;
  if (endsSentence(prevText) && indent(line.text) > indent(prev.text) + 1) return false;
  return true;
}

/** The heading level of line `i`, when it is a heading where it stands; undefined otherwise. */
function headingAt(lines: readonly WorkLine[], i: number, metrics: BodyMetrics, current: DraftBlock | undefined): number | undefined {
  const line = itemAt(lines, i);
  const text = line.text.trim();
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const bySize = geometryHeadingLevel(line, metrics);
  const level = headingLevelOf(text);
  if (level === undefined && bySize === undefined) return undefined;
  if (bySize === undefined && line.geometry !== undefined && level !== undefined && level > 1 && !/^\s*\d/u.test(text)) return undefined;
  // A title-case line is a heading only when it is visibly shorter than the lines after it, or a blank line follows it.
  if (bySize === undefined && isTitleCaseOnly(text) && !line.blockEnd && next !== undefined) {
    const after = lines.slice(i + 1, i + 4).map((l) => l.text.trim().length);
    if (text.length > TITLE_SHORTER * Math.max(...after)) return undefined;
  }
  const standsAlone =
    prev === undefined ||
    prev.blockEnd ||
    prev.pageBreakAfter ||
    current?.kind === 'heading' ||
    endsSentence(prev.text) ||
    prev.text.trimEnd().endsWith(':') ||
    (current?.kind !== 'paragraph' && current?.kind !== 'list-item');
  const nextStarts = next === undefined || line.blockEnd || line.pageBreakAfter || !startsLowercase(next.text);
  if (!standsAlone || !nextStarts) return undefined;
  return bySize ?? level;
}

/** The block's last line so far: a block is opened with one, so there always is one. */
const lastLineOf = (block: DraftBlock): string => itemAt(block.lines, block.lines.length - 1);

/** Two heading lines in the same style (both capitals, or both not) belong to one heading. */
function sameStyle(a: string, b: string): boolean {
  const caps = (t: string): boolean => t.replace(/[^\p{L}]/gu, '') === t.replace(/[^\p{L}]/gu, '').toUpperCase();
  return caps(a) === caps(b);
}

/** A table row wraps: a line without separators continues the table when another row follows within two lines. */
function tableRunsOn(lines: readonly WorkLine[], i: number): boolean {
  return lines.slice(i + 1, i + 3).some((l) => isTableRow(l.text));
}

/** For each line, the length of the longest line near it (three lines either side): the width of the column it is in. */
export function localWidths(lines: readonly WorkLine[]): number[] {
  const lengths = lines.map((l) => l.text.trim().length);
  return lengths.map((_, i) => Math.max(...lengths.slice(Math.max(0, i - 3), i + 4)));
}
