/**
 * Step 2: layout lines out. Tables of contents are found first (their page
 * numbers stay with them), then running headers and footers, then page
 * numbers. Removed lines are returned with their reason: their words are
 * not missing, and the lines around them know a page break sat between them.
 *
 * Only text and PDF carry page layout in their lines; HTML, DOCX and
 * Markdown extraction already dropped it, so nothing is removed there.
 */
import type { ExtractedDocument } from '../types.ts';
import { itemAt } from './item-at.ts';
import { bareNumber, isPageNumberLine, pageNumberRun, type NumberAt } from './page-numbers.ts';
import { edgeLines, findRunningLinesPaged, findRunningLinesUnpaged } from './running-lines.ts';
import { findTocLines } from './toc.ts';
import { dropLines, type RemovedLine, type WorkLine } from './work-line.ts';

/** What {@link removeLayoutLines} keeps and removes. */
export interface LayoutLinesResult {
  readonly lines: WorkLine[];
  readonly removed: RemovedLine[];
}

/** The page number a running line carries at either end ("14 | Malaysia …", "… 2016 - 2021 7"). */
function affixNumber(text: string): number | undefined {
  const parts = text.trim().split(/\s+/u);
  for (const part of [parts.at(-1), parts[0]]) if (part !== undefined && /^\d{1,3}$/u.test(part)) return Number(part);
  return undefined;
}

/** Removes running headers, footers and page numbers; marks table-of-contents lines. */
export function removeLayoutLines(
  lines: readonly WorkLine[],
  doc: Pick<ExtractedDocument, 'format' | 'pages'>,
  isCommonWord: (word: string) => boolean,
): LayoutLinesResult {
  const toc = findTocLines(lines);
  const flagged = lines.map((line, i) => (toc.has(i) ? { ...line, toc: true } : line));
  if (doc.format !== 'text' && doc.format !== 'pdf') return { lines: flagged, removed: [] };
  const paged = doc.pages !== null && doc.pages > 1 && lines.every((l) => l.page !== null);
  const drop = new Map<number, RemovedLine['reason']>();
  const running = paged ? findRunningLinesPaged(flagged, doc.pages ?? 0) : findRunningLinesUnpaged(flagged, isCommonWord);
  for (const [i, line] of flagged.entries()) if (!toc.has(i) && isPageNumberLine(line.text)) drop.set(i, 'page-number');
  for (const i of running) if (!toc.has(i) && !drop.has(i)) drop.set(i, 'header-footer');
  if (paged) {
    for (const i of edgeLines(flagged)) if (!toc.has(i) && !drop.has(i) && bareNumber(itemAt(flagged, i).text) !== undefined) drop.set(i, 'page-number');
  } else {
    const numbers: NumberAt[] = [];
    for (const [i, line] of flagged.entries()) {
      if (toc.has(i)) continue;
      const anchor = running.has(i) ? affixNumber(line.text) : undefined;
      if (anchor !== undefined) numbers.push({ index: i, value: anchor, anchor: true });
      const value = drop.has(i) ? undefined : bareNumber(line.text);
      if (value !== undefined) numbers.push({ index: i, value });
    }
    for (const i of pageNumberRun(numbers)) drop.set(i, 'page-number');
  }
  return dropLines(flagged, drop);
}
