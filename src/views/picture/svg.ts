/**
 * SVG elements as strings, every text and attribute escaped here, and the
 * look shared by the pictures: sizes (in picture units: the PNG is drawn at
 * {@link SCALE}× for sharp text), colours and the lane palette.
 */
import { FONT_FAMILY, FONT_WEIGHTS } from './font.ts';
import { escapeXml, type Weight } from './text.ts';

/** Pixels per picture unit in the PNG: a 740-unit-wide picture is 1480 px, sharp when opened, readable when scaled down. */
export const SCALE = 2;

/** The pictures' colours: dark text on white, readable in Discord's light and dark themes alike. */
export const COLOURS = {
  background: '#ffffff',
  text: '#1f2933',
  muted: '#5b6776',
  rule: '#d9dee5',
  band: '#f3f5f8',
  planned: '#fff7e0',
  plannedRule: '#d9a520',
  shared: '#e3f4e8',
  sharedText: '#1d6b3a',
} as const;

/** Lane colours, one per actor, told apart by colour-blind readers too (Okabe–Ito hues, darkened for text on white). */
export const LANE_COLOURS = ['#0a6eb4', '#c15a00', '#0b7a5a', '#a8447c'] as const;

/** The colour of lane `i`. */
export function laneColour(i: number): string {
  return LANE_COLOURS[i % LANE_COLOURS.length] ?? COLOURS.text;
}

/** How a text element is set. */
export interface TextStyle {
  readonly size: number;
  readonly weight?: Weight;
  readonly fill?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines of successive lines (default 1.25 × size). */
  readonly lineHeight?: number;
  readonly italic?: boolean;
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

/** Lines of text, the first baseline at `y`. */
export function text(x: number, y: number, lines: readonly string[], style: TextStyle): string {
  if (lines.length === 0) return '';
  const step = style.lineHeight ?? style.size * 1.25;
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${num(style.size)}"`,
    `font-weight="${FONT_WEIGHTS[style.weight ?? 'regular']}"`,
    `fill="${escapeXml(style.fill ?? COLOURS.text)}"`,
    ...(style.anchor === undefined || style.anchor === 'start' ? [] : [`text-anchor="${style.anchor}"`]),
    ...(style.italic === true ? ['font-style="italic"'] : []),
  ].join(' ');
  if (lines.length === 1) return `<text ${attrs}>${escapeXml(lines[0] ?? '')}</text>`;
  const spans = lines.map((line, i) => `<tspan x="${num(x)}" dy="${i === 0 ? 0 : num(step)}">${escapeXml(line)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}

/** A rectangle. */
export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(fill)}"${extra === '' ? '' : ` ${extra}`}/>`;
}

/** A circle, filled or (with `hollow`) outlined. */
export function circle(cx: number, cy: number, r: number, colour: string, hollow = false): string {
  const paint = hollow ? `fill="${COLOURS.background}" stroke="${escapeXml(colour)}" stroke-width="2"` : `fill="${escapeXml(colour)}"`;
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" ${paint}/>`;
}

/** A straight line; `dash` makes it dashed. */
export function line(x1: number, y1: number, x2: number, y2: number, colour: string, width = 1, dash = false): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${escapeXml(colour)}" stroke-width="${num(width)}"${dash ? ' stroke-dasharray="4 4"' : ''}/>`;
}

/**
 * A group with a `<title>`: the whole, unshortened text of what it draws, so
 * that a label cut to fit is still there in full for screen readers and search.
 */
export function titled(title: string, body: string): string {
  return `<g><title>${escapeXml(title)}</title>${body}</g>`;
}

/** The whole document: a white page `width` × `height` units, with its accessible title and description. */
export function svgDocument(width: number, height: number, title: string, description: string, body: readonly string[]): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT_FAMILY}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    rect(0, 0, w, h, COLOURS.background),
    ...body,
    '</svg>',
  ].join('\n');
}
