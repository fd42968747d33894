/**
 * Pictures of replies: a timeline or a comparison as an SVG (pure) and as a
 * PNG to attach (Discord) or write (`--png FILE`). Other kinds of reply have
 * no picture; the text answer always stays, for screen readers and search.
 */
import type { Reply } from '../../replies.ts';
import { comparisonSvg } from './compare-svg.ts';
import { measureText } from './font.ts';
import { svgToPng } from './png.ts';
import type { Measure } from './text.ts';
import { timelineSvg } from './timeline-svg.ts';

/** A reply's picture as SVG, with the file name to give it and a one-line description (alt text). */
export interface Picture {
  readonly fileName: string;
  readonly svg: string;
  readonly alt: string;
}

/** A picture rendered to PNG. */
export interface RenderedPicture extends Picture {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

const altOf = (svg: string): string =>
  /<desc>([^<]*)<\/desc>/u
    .exec(svg)?.[1]
    ?.replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'") ?? '';

/** The picture of `reply`, or undefined for a kind without one or a timeline with no event to draw. */
export function pictureOf(reply: Reply, measure: Measure = measureText): Picture | undefined {
  switch (reply.kind) {
    case 'timeline': {
      if (reply.timeline.dated.length + reply.timeline.planned.length === 0) return undefined;
      const svg = timelineSvg(reply.timeline, measure);
      return { fileName: 'timeline.png', svg, alt: altOf(svg) };
    }
    case 'compare': {
      const svg = comparisonSvg(reply.comparison, measure);
      return { fileName: 'comparison.png', svg, alt: altOf(svg) };
    }
    default:
      return undefined;
  }
}

/** `picture` rendered to PNG. */
export async function renderPicture(picture: Picture): Promise<RenderedPicture> {
  const png = await svgToPng(picture.svg);
  return { ...picture, png: png.bytes, width: png.width, height: png.height };
}
