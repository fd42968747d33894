/**
 * Running headers and footers: the same short line again and again through
 * the document (digits aside, so "Page 2 of 21" matches "Page 3 of 21").
 *
 * With pages, a header is a line at the top or bottom of many pages (by
 * geometry when there is some, else the first and last lines of a page).
 * Without pages (text someone extracted from a PDF), it is a short line of
 * two words or more repeated many times, spread over the whole document,
 * wherever it sits: often between the two halves of a sentence that runs
 * across a page break.
 */
import { itemAt } from './item-at.ts';
import { runsOn } from './line-kinds.ts';
import type { WorkLine } from './work-line.ts';

/** Tokens a running line carries around its constant part: page numbers and separators. */
const AFFIX = /^(?:\d{1,3}|[ivxlc]{1,5}|[|•·\-–—:]|page)$/iu;
const isAffix = (part: string | undefined): boolean => part !== undefined && AFFIX.test(part);
const MAX_LENGTH = 100;
/** Lines of text per page in text extracted from a PDF: to estimate a page count where there is none. */
export const LINES_PER_PAGE = 45;
/** In a page's top or bottom fraction (by geometry), a line is a header or footer candidate. */
const EDGE_FRACTION = 0.1;
/** Without geometry, this many lines at a page's top and bottom are candidates. */
const EDGE_LINES = 2;
/** Without pages, at least this share of a running line's occurrences sit at a page edge (see {@link atPageEdge}). */
const MIN_AT_EDGE = 0.5;
/** Without pages, a running line's first and last occurrences are at least this share of the document apart. */
const MIN_SPREAD = 0.5;
/** Without pages, a running line without a page number on it occurs at least this many times per estimated page. */
const MIN_DENSITY = 0.4;

/** A line's constant part: affixes off both ends, digits as '#', lowercase. '' when nothing constant is left. */
export function runningKey(text: string): string {
  const parts = text.trim().split(/\s+/u);
  while (isAffix(parts[0])) parts.shift();
  while (isAffix(parts.at(-1))) parts.pop();
  return parts.join(' ').toLowerCase().replace(/\d/gu, '#');
}

/** Numbered headings ("4.1.3 Approach", "Chapter 2"): repeated with other numbers, they are still headings. */
const NUMBERED_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2})+|(?:chapter|part|section|article|annex|appendix|chapitre|capítulo|artículo|article)\s+[\divxlc]+\b)/iu;

/** True when the key could be a running line: short, with letters, not a label ending in a colon or running on into the next line, not a bullet or numbered heading. */
function candidate(text: string, key: string): boolean {
  return (
    text.trim().length <= MAX_LENGTH &&
    /\p{L}{2}/u.test(key) &&
    !/[:,;]$/u.test(key) &&
    !runsOn(key) &&
    !/^[•◦▪●■\-–*]/u.test(key) &&
    !NUMBERED_HEADING.test(text)
  );
}

/**
 * True when line `i` sits where a page ends or starts in extracted text: by
 * a blank line, by a page number, or carrying a page number itself. Cells of
 * a table repeated on every row ("Ministry of the Interior,") sit inside
 * runs of lines instead.
 */
function atPageEdge(lines: readonly WorkLine[], i: number, affixed: boolean): boolean {
  // A number beyond the page count is a table's or a chart's, not a page number.
  const maxPage = 10 + (1.5 * lines.length) / LINES_PER_PAGE;
  const isNumber = (line: WorkLine | undefined): boolean =>
    line === undefined || Number(/^\s*(?:page\s*)?(\d{1,4})\s*$/iu.exec(line.text)?.[1] ?? Infinity) <= maxPage;
  const prev = lines[i - 1];
  return affixed || prev === undefined || prev.blockEnd || itemAt(lines, i).blockEnd || isNumber(prev) || isNumber(lines[i + 1]);
}

/** Indices of running header/footer lines in a document without pages. */
export function findRunningLinesUnpaged(lines: readonly WorkLine[], isCommonWord: (word: string) => boolean): Set<number> {
  const at = new Map<string, number[]>();
  const atEdge = new Map<string, number>();
  const withNumber = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const key = runningKey(line.text);
    if (!candidate(line.text, key)) continue;
    const affixed = key !== line.text.trim().toLowerCase().replace(/\d/gu, '#');
    // A lone repeated word, even with a number ("Ibid 12", "Objectives 3"), is more often a label or a footnote than a running line.
    if (!key.includes(' ')) continue;
    const where = at.get(key);
    if (where === undefined) at.set(key, [i]);
    else where.push(i);
    if (atPageEdge(lines, i, affixed)) atEdge.set(key, (atEdge.get(key) ?? 0) + 1);
    if (affixed) withNumber.set(key, (withNumber.get(key) ?? 0) + 1);
  }
  const minCount = 4;
  const found = new Set<number>();
  const keys: string[] = [];
  for (const [key, where] of at) {
    if (where.length < minCount) continue;
    const spread = itemAt(where, where.length - 1) - itemAt(where, 0);
    const gaps = gapsBetween(where).sort((a, b) => a - b);
    const medianGap = itemAt(gaps, Math.floor(gaps.length / 2));
    // On most pages (by an estimate of the page count), unless it carries its page number.
    const onMostPages = where.length * LINES_PER_PAGE >= MIN_DENSITY * lines.length || (withNumber.get(key) ?? 0) * 2 >= where.length;
    if (spread < MIN_SPREAD * lines.length || medianGap < 8 || !onMostPages || (atEdge.get(key) ?? 0) < MIN_AT_EDGE * where.length) continue;
    keys.push(key);
    for (const i of where) found.add(i);
  }
  markNoisyVariants(lines, keys, found, isCommonWord);
  return found;
}

/** The differences between consecutive numbers of a list. */
function gapsBetween(numbers: readonly number[]): number[] {
  const gaps: number[] = [];
  let prev: number | undefined;
  for (const n of numbers) {
    if (prev !== undefined) gaps.push(n - prev);
    prev = n;
  }
  return gaps;
}

/** Indices of running header/footer lines in a document with pages. */
export function findRunningLinesPaged(lines: readonly WorkLine[], pageCount: number): Set<number> {
  const edges = edgeLines(lines);
  const pagesOf = new Map<string, Set<number>>();
  for (const i of edges) {
    const line = itemAt(lines, i);
    const key = runningKey(line.text);
    if (!candidate(line.text, key) || line.page === null) continue;
    pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(line.page));
  }
  const minPages = pageCount <= 3 ? 2 : Math.max(3, Math.ceil(0.25 * pageCount));
  const found = new Set<number>();
  for (const i of edges) {
    const key = runningKey(itemAt(lines, i).text);
    if ((pagesOf.get(key)?.size ?? 0) >= minPages) found.add(i);
  }
  return found;
}

/** Indices of the lines at a page's top or bottom: by geometry when the line has some, else the first and last lines. */
export function edgeLines(lines: readonly WorkLine[]): number[] {
  const byPage = new Map<number, number[]>();
  for (const [i, line] of lines.entries()) {
    if (line.page === null) continue;
    const onPage = byPage.get(line.page);
    if (onPage === undefined) byPage.set(line.page, [i]);
    else onPage.push(i);
  }
  const edges: number[] = [];
  for (const indices of byPage.values()) {
    for (const [k, i] of indices.entries()) {
      const g = itemAt(lines, i).geometry;
      const atEdge =
        g === undefined ? k < EDGE_LINES || k >= indices.length - EDGE_LINES : g.y < EDGE_FRACTION * g.pageHeight || g.y > (1 - EDGE_FRACTION) * g.pageHeight;
      if (atEdge) edges.push(i);
    }
  }
  return edges.sort((a, b) => a - b);
}

/**
 * Lines that are a found running line plus one short token of OCR noise
 * ("ae | Malaysia Cyber Security Strategy 2020-2024", where "ae" was the page
 * number): the noise is no common English word, so a header line that a real
 * sentence runs into ("… Strategy 2020-2024 and") is not taken.
 */
function markNoisyVariants(lines: readonly WorkLine[], keys: readonly string[], found: Set<number>, isCommonWord: (word: string) => boolean): void {
  if (keys.length === 0) return;
  const known = new Set(keys);
  for (const [i, line] of lines.entries()) {
    if (found.has(i) || line.text.trim().length > MAX_LENGTH) continue;
    const parts = line.text.trim().split(/\s+/u);
    if (parts.length < 3) continue;
    const noisy = (t: string): boolean => t.length <= 3 && (/[^\p{L}]/u.test(t) || !isCommonWord(t));
    const first = itemAt(parts, 0);
    const last = itemAt(parts, parts.length - 1);
    if ((noisy(first) && known.has(runningKey(parts.slice(1).join(' ')))) || (noisy(last) && known.has(runningKey(parts.slice(0, -1).join(' '))))) found.add(i);
  }
}
