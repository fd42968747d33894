/**
 * pdf.js text runs → lines. pdf.js gives text in content-stream order as runs
 * with a position; a line is the runs that follow each other on one baseline.
 * Text stays verbatim: the only thing added is a space where the positions
 * show a gap between two runs and neither run has one.
 */
import type { ExtractedLine, LineGeometry } from '../types.ts';

/** One run of text on a page, in page units with y measured down from the page's top. */
export interface TextRun {
  readonly str: string;
  /** Left end of the run. */
  readonly x: number;
  /** The run's baseline, from the page's top. */
  readonly y: number;
  /** Font size (the run's height). */
  readonly size: number;
  readonly width: number;
  /** pdf.js marks the run after which its own layout analysis ends a line. */
  readonly hasEOL: boolean;
}

/** A page's size in page units. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** A gap between runs wider than this share of the font size is a space (a word space is about a quarter of it; kerning far less). */
const SPACE_GAP = 0.15;
/** Running back left by more than this share of the font size starts a new line (a new column, or text drawn out of order). */
const BACKWARD = 0.5;

interface OpenLine {
  text: string;
  x: number;
  y: number;
  top: number;
  size: number;
  end: number;
}

/** True when the run sits on the line: their vertical extents overlap by half the smaller font (a superscript does, the next line does not). */
function onLine(line: OpenLine, run: TextRun): boolean {
  const overlap = Math.min(line.y, run.y) - Math.max(line.top, run.y - run.size);
  return overlap >= Math.min(line.size, run.size) * 0.5 && run.x >= line.end - BACKWARD * Math.max(line.size, run.size);
}

/** The lines of one page, in the order pdf.js gives the text (the producer's reading order). */
export function linesOfRuns(runs: readonly TextRun[], page: number, size: PageSize): ExtractedLine[] {
  const lines: ExtractedLine[] = [];
  let open: OpenLine | undefined;
  const close = (): void => {
    if (open !== undefined && open.text.trim() !== '') {
      const geometry: LineGeometry = { x: open.x, y: open.y, height: open.size, pageWidth: size.width, pageHeight: size.height };
      lines.push({ text: open.text.trimEnd(), page, geometry });
    }
    open = undefined;
  };
  for (const run of runs) {
    if (run.str === '') {
      if (run.hasEOL) close();
      continue;
    }
    if (open !== undefined && onLine(open, run)) {
      const gap = run.x - open.end;
      const spaced = /\s$/u.test(open.text) || /^\s/u.test(run.str);
      open.text += !spaced && gap > SPACE_GAP * Math.min(open.size, run.size) ? ` ${run.str}` : run.str;
      open.end = Math.max(open.end, run.x + run.width);
      open.top = Math.min(open.top, run.y - run.size);
      open.size = Math.max(open.size, run.size);
    } else {
      close();
      if (run.str.trim() === '') continue;
      open = { text: run.str.trimStart(), x: run.x, y: run.y, top: run.y - run.size, size: run.size, end: run.x + run.width };
    }
    if (run.hasEOL) close();
  }
  close();
  return lines;
}

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const similarSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.15 * Math.max(a, b);

/**
 * Marks the lines of one page that end a block: the next line sits clearly
 * further down than the page's usual line spacing for that font size, or
 * changes font size (a heading, a footnote). A page's last line is left open:
 * a paragraph may run on to the next page.
 */
export function markBlockEnds(lines: readonly ExtractedLine[]): ExtractedLine[] {
  const pairs = lines.slice(0, -1).map((line, i) => ({ line, next: lines[i + 1] as ExtractedLine }));
  const spacings = new Map<number, number[]>();
  for (const { line, next } of pairs) {
    const a = line.geometry;
    const b = next.geometry;
    if (a === undefined || b === undefined || !similarSize(a.height, b.height)) continue;
    const gap = b.y - a.y;
    if (gap > 0.5 * a.height && gap < 2.5 * a.height) {
      const key = Math.round(a.height);
      spacings.set(key, [...(spacings.get(key) ?? []), gap]);
    }
  }
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const a = line.geometry;
    const b = next?.geometry;
    if (a === undefined || b === undefined || line.blockEnd === true) return line;
    const usual = median(spacings.get(Math.round(a.height)) ?? []) ?? 1.2 * a.height;
    const gap = b.y - a.y;
    const ends = !similarSize(a.height, b.height) || gap > usual * 1.3 + 0.5;
    return ends ? { ...line, blockEnd: true } : line;
  });
}
