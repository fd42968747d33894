/**
 * Page numbers. A line that says it is one ("Page 2 of 21", "- 7 -",
 * "3 | P a g e") always is. A bare number is one only when it is part of a
 * rising run through the document (1, 2, 3 … with a few pages skipped):
 * numbers in a chart or table ("96", "100" agencies) do not follow the page
 * order and stay.
 */
import { itemAt } from './item-at.ts';

const PAGE_PATTERNS: readonly RegExp[] = [
  /^page\s*\|?\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\|\s*(?:page|p\s?a\s?g\s?e)$/iu,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/iu,
  /^p\.\s*\d{1,4}$/iu,
];
const BARE_NUMBER = /^\d{1,3}$/u;
/** Between two page numbers of a run, at most this many pages may be missing (full-page images, blank pages). */
const MAX_STEP = 6;
/** A run shorter than this is not evidence of page numbering. */
const MIN_RUN = 3;

/** True when the line says it is a page number ("Page 2 of 21", "- 7 -"). */
export function isPageNumberLine(text: string): boolean {
  const t = text.trim();
  if (!PAGE_PATTERNS.some((p) => p.test(t))) return false;
  // "Page 3 of 21", never "12/7": a page is not past the last page.
  const of = /(\d+)\s*(?:of|\/)\s*(\d+)/iu.exec(t);
  return of === null || Number(of[1]) <= Number(of[2]);
}

/** The value of a line that is a bare number, else undefined. */
export function bareNumber(text: string): number | undefined {
  const t = text.trim();
  return BARE_NUMBER.test(t) ? Number(t) : undefined;
}

/** A number seen at a place in the document: `index` is its line, `anchor` true when it is already known to be a page number (it sat in a running header). */
export interface NumberAt {
  readonly index: number;
  readonly value: number;
  readonly anchor?: boolean;
}

/**
 * The longest run of numbers, in document order, each 1 to {@link MAX_STEP}
 * above the one before: the page numbering. Returns the indices of its
 * members that are not anchors (those are the bare page-number lines).
 */
export function pageNumberRun(numbers: readonly NumberAt[]): Set<number> {
  // For each number, the longest run ending with it: its length, and the index of the number before it in that run (-1: none).
  const runs: { readonly length: number; readonly previous: number }[] = [];
  let end = -1;
  for (const [i, { value }] of numbers.entries()) {
    let best = { length: 1, previous: -1 };
    for (let j = i - 1; j >= 0; j -= 1) {
      const step = value - itemAt(numbers, j).value;
      const length = itemAt(runs, j).length + 1;
      if (step >= 1 && step <= MAX_STEP && length > best.length) best = { length, previous: j };
    }
    runs.push(best);
    if (end === -1 || best.length > itemAt(runs, end).length) end = i;
  }
  const run = new Set<number>();
  if (end === -1 || itemAt(runs, end).length < MIN_RUN) return run;
  for (let k = end; k !== -1; k = itemAt(runs, k).previous) {
    const number = itemAt(numbers, k);
    if (number.anchor !== true) run.add(number.index);
  }
  return run;
}
