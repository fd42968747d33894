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
      const width = Math.round((open.end - open.x) * 100) / 100;
      const geometry: LineGeometry = { x: open.x, y: open.y, height: open.size, width, pageWidth: size.width, pageHeight: size.height };
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

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Font sizes to the half point: what counts as "the same size" for line spacing. */
const sizeKey = (size: number): number => Math.round(size * 2) / 2;
/** Fewer spacings than this for a font size say too little about it. */
const MIN_SAMPLES = 3;

/** The usual baseline-to-baseline spacing of each font size: the median over pairs of lines of that size that follow each other on a page. */
function usualSpacings(lines: readonly ExtractedLine[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const a = line.geometry;
    const b = next?.geometry;
    if (a === undefined || b === undefined || next?.page !== line.page || sizeKey(a.height) !== sizeKey(b.height)) return;
    const gap = b.y - a.y;
    if (gap > 0.5 * a.height && gap < 2.5 * a.height) gaps.set(sizeKey(a.height), [...(gaps.get(sizeKey(a.height)) ?? []), gap]);
  });
  return new Map([...gaps].filter(([, g]) => g.length >= MIN_SAMPLES).map(([key, g]) => [key, median(g)]));
}

/** The right end of the widest line of each page and font size: where a full line of text ends. */
function rightEdges(lines: readonly ExtractedLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) {
    const g = line.geometry;
    if (g === undefined) continue;
    const key = `${line.page}:${sizeKey(g.height)}`;
    edges.set(key, Math.max(edges.get(key) ?? 0, g.x + (g.width ?? 0)));
  }
  return edges;
}

/**
 * Marks the lines that end a block, from the geometry of each line and the
 * next on its page:
 * - the next line sits clearly further down than the usual line spacing (of
 *   the next line's font size, else of this one's, else 1.2 × the font size);
 * - or it is set a point or more larger or smaller (a heading, a footnote);
 * - or this line stops well short of the right edge and the next one starts
 *   indented (a paragraph's last line, then a first-line indent).
 * A page's last line is left open: a paragraph may run on to the next page.
 */
export function markBlockEnds(lines: readonly ExtractedLine[]): ExtractedLine[] {
  const usual = usualSpacings(lines);
  const edges = rightEdges(lines);
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const a = line.geometry;
    const b = next?.geometry;
    if (a === undefined || b === undefined || next?.page !== line.page || line.blockEnd === true) return line;
    const spacing = usual.get(sizeKey(b.height)) ?? usual.get(sizeKey(a.height)) ?? 1.2 * Math.max(a.height, b.height);
    const resized = Math.abs(a.height - b.height) >= Math.max(1, 0.05 * Math.max(a.height, b.height));
    const short = a.width !== undefined && a.x + a.width < (edges.get(`${line.page}:${sizeKey(a.height)}`) ?? 0) - 2 * a.height;
    const indented = b.x - a.x > 0.8 * b.height && b.x - a.x < 6 * b.height && b.y > a.y;
    const ends = resized || b.y - a.y > spacing * 1.3 + 0.5 || (short && indented);
    return ends ? { ...line, blockEnd: true } : line;
  });
}
