/**
 * What PDF line geometry says about blocks: the body text's font size and
 * line spacing, measured on the document itself, against which a wider gap
 * ends a paragraph and a larger font makes a heading.
 */
import type { WorkLine } from './work-line.ts';

/** The body text of one document, measured. */
export interface BodyMetrics {
  /** The most common line height (font size); 0 without geometry. */
  readonly height: number;
  /** The median distance between two consecutive body lines of a page. */
  readonly gap: number;
  /** Font sizes larger than the body's, largest first: heading levels 1, 2, 3 … */
  readonly headingSizes: readonly number[];
}

/** A gap this much wider than the body's line spacing ends a paragraph. */
const GAP_FACTOR = 1.5;
/** A font this much larger than the body's makes a heading. */
const HEADING_FACTOR = 1.15;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  // An empty list has no middle: 0, as for a document without gaps.
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const round = (n: number): number => Math.round(n * 2) / 2;

/** The size with the most characters; the first one seen among equals. */
function mostCommon(chars: ReadonlyMap<number, number>): number {
  let best = 0;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
}

/** Measures the body text of the lines that carry geometry. */
export function bodyMetrics(lines: readonly WorkLine[]): BodyMetrics {
  const sizes = new Map<number, number>();
  for (const line of lines)
    if (line.geometry !== undefined) sizes.set(round(line.geometry.height), (sizes.get(round(line.geometry.height)) ?? 0) + line.text.length);
  if (sizes.size === 0) return { height: 0, gap: 0, headingSizes: [] };
  const height = mostCommon(sizes);
  const gaps: number[] = [];
  let prev: WorkLine | undefined;
  for (const line of lines) {
    const a = prev?.geometry;
    const b = line.geometry;
    const samePage = prev?.page === line.page;
    prev = line;
    if (a === undefined || b === undefined || !samePage) continue;
    if (round(a.height) === height && round(b.height) === height && b.y > a.y) gaps.push(b.y - a.y);
  }
  const headingSizes = [...sizes.keys()].filter((s) => s >= height * HEADING_FACTOR).sort((a, b) => b - a);
  return { height, gap: median(gaps), headingSizes };
}

/**
 * True when the geometry between two lines of the same page says a new block
 * starts (a wider gap, another font size, a first-line indent after a
 * sentence end); undefined when there is no geometry to say anything.
 */
export function geometryBreak(prev: WorkLine, line: WorkLine, metrics: BodyMetrics): boolean | undefined {
  const a = prev.geometry;
  const b = line.geometry;
  if (a === undefined || b === undefined || prev.page !== line.page || metrics.gap === 0) return undefined;
  const gap = b.y - a.y;
  if (gap < 0 || gap > GAP_FACTOR * metrics.gap) return true;
  if (Math.abs(round(a.height) - round(b.height)) > 0.15 * Math.max(a.height, b.height)) return true;
  if (b.x > a.x + 1.5 * b.height && /[.!?:]["'”’)]*$/u.test(prev.text.trimEnd())) return true;
  return false;
}

/** The heading level a line's font size gives it, or undefined when it is body-sized or too long for a heading. */
export function geometryHeadingLevel(line: WorkLine, metrics: BodyMetrics): number | undefined {
  const g = line.geometry;
  const text = line.text.trim();
  if (g === undefined || metrics.headingSizes.length === 0 || text.length > 120 || /[.;,]$/u.test(text)) return undefined;
  const rank = metrics.headingSizes.indexOf(round(g.height));
  return rank === -1 ? undefined : Math.min(6, rank + 1);
}
