/**
 * The line cleaning works on: an extracted line after invisible characters
 * are removed, with what the layout steps learn about it.
 */
import type { ExtractedLine, LineGeometry, LineHint } from '../types.ts';

export interface WorkLine {
  /** Verbatim, less invisible characters; leading white space kept (indentation tells paragraphs apart). */
  readonly text: string;
  readonly page: number | null;
  readonly geometry?: LineGeometry;
  readonly hint?: LineHint;
  /** The format ended a block here (a blank line in text, an HTML/DOCX block end). */
  readonly blockEnd: boolean;
  /** Layout lines (header, footer, page number) were removed right after this line, or a new page starts after it: a sentence may run on across it. */
  readonly pageBreakAfter: boolean;
  /** The line belongs to a table of contents. */
  readonly toc: boolean;
}

/** A line removed on purpose, with why: its words are not missing. */
export interface RemovedLine {
  readonly text: string;
  readonly page: number | null;
  readonly reason: 'header-footer' | 'page-number';
}

/** A work line made from an extracted line whose text is already cleaned of invisible characters. */
export function workLine(line: ExtractedLine, text: string): WorkLine {
  return {
    text: text.trimEnd(),
    page: line.page,
    ...(line.geometry === undefined ? {} : { geometry: line.geometry }),
    ...(line.hint === undefined ? {} : { hint: line.hint }),
    blockEnd: line.blockEnd === true,
    pageBreakAfter: false,
    toc: false,
  };
}

/**
 * Removes the lines at `drop` (indices), with their reasons, and marks the line
 * before each removed run as followed by a page break. A line that ended a
 * block only because the removed layout sat after it (a blank line around a
 * running header) keeps the mark: the paragraph step decides whether the
 * sentence runs on.
 */
export function dropLines(lines: readonly WorkLine[], drop: ReadonlyMap<number, RemovedLine['reason']>): { lines: WorkLine[]; removed: RemovedLine[] } {
  const kept: WorkLine[] = [];
  const removed: RemovedLine[] = [];
  for (const [i, line] of lines.entries()) {
    const reason = drop.get(i);
    if (reason === undefined) {
      kept.push(line);
      continue;
    }
    removed.push({ text: line.text.trim(), page: line.page, reason });
    const last = kept.at(-1);
    if (last !== undefined && !last.pageBreakAfter) kept[kept.length - 1] = { ...last, pageBreakAfter: true };
  }
  return { lines: kept, removed };
}
