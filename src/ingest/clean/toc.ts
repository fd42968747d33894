/**
 * Tables of contents among the lines, found before page numbers are looked
 * for (a contents page is a column of page numbers that must stay with its
 * titles): lines with dot leaders, and runs of "title / page number" lines
 * with rising numbers, as text extracted from a contents page gives them.
 */
import type { WorkLine } from './work-line.ts';

/** The page reference a contents line ends with: "4", "11-12", "iv". */
const PAGE_REFERENCE = /\s*(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|[ivxlc]{1,6})$/iu;
/** A dot leader at the end of what is left ("Executive Summary ........", "Goals ……", "Annex ____"). Fixed-length, so a long line costs no backtracking. */
const LEADER_END = /(?:\.\s?){4}$|…{2}$|_{4}$/u;
const CONTENTS_TITLE = /^\s*(?:table\s+of\s+)?contents?\s*:?\s*$/iu;
const BARE_NUMBER = /^\s*(\d{1,3})\s*$/u;
/** A contents run needs this many entries: fewer rising numbers happen in tables and charts. */
const MIN_ENTRIES = 4;

/** True when the line carries a dot leader to a page number (at its end, or twice anywhere: a contents page extracted on one line). */
export function hasDotLeader(text: string): boolean {
  if (!text.includes('....') && !text.includes('. . . .') && !text.includes('……') && !text.includes('____')) return false;
  const rest = text.trimEnd().replace(PAGE_REFERENCE, '').trimEnd();
  return LEADER_END.test(rest) || (text.match(/\.{5,}\s*\d{1,4}\b/gu)?.length ?? 0) >= 2;
}

/** Indices of the lines that belong to a table of contents. */
export function findTocLines(lines: readonly WorkLine[]): Set<number> {
  const toc = new Set<number>();
  for (const [i, line] of lines.entries()) if (hasDotLeader(line.text)) toc.add(i);
  markTitleNumberRuns(lines, toc);
  // The "Contents" title right before or after a run belongs to it.
  for (const [i, line] of lines.entries()) {
    if (CONTENTS_TITLE.test(line.text) && (toc.has(i + 1) || toc.has(i - 1))) toc.add(i);
  }
  return toc;
}

/** Runs of entries, each one or two title lines then a bare page number, numbers never falling. */
function markTitleNumberRuns(lines: readonly WorkLine[], toc: Set<number>): void {
  let i = 0;
  while (i < lines.length) {
    const run: number[] = [];
    let entries = 0;
    let last = 0;
    let j = i;
    for (;;) {
      const titleLines = titleLinesAt(lines, j);
      if (titleLines === 0) break;
      const number = BARE_NUMBER.exec(lines[j + titleLines]?.text ?? '');
      if (number === null) break;
      const value = Number(number[1]);
      if (value < last) break;
      for (let k = j; k <= j + titleLines; k += 1) run.push(k);
      last = value;
      entries += 1;
      j += titleLines + 1;
    }
    if (entries >= MIN_ENTRIES) for (const k of run) toc.add(k);
    i = entries >= MIN_ENTRIES ? j : i + 1;
  }
}

/** How many title lines (1 or 2, none a bare number, none ending a sentence but the last) start at `j`; 0 when none. */
function titleLinesAt(lines: readonly WorkLine[], j: number): number {
  const first = lines[j]?.text;
  if (first === undefined || BARE_NUMBER.test(first) || first.trim().length > 120) return 0;
  if (BARE_NUMBER.test(lines[j + 1]?.text ?? '')) return 1;
  const second = lines[j + 1]?.text;
  if (second !== undefined && second.trim().length <= 120 && BARE_NUMBER.test(lines[j + 2]?.text ?? '')) return 2;
  return 0;
}
