/**
 * SVG to PNG with resvg (a Rust SVG renderer shipped as a prebuilt Node
 * addon): the bundled font files only, loaded by path, no system fonts, so a
 * picture is the same on every machine. Parsing and drawing run on libuv's
 * thread pool (`renderAsync`), off the bot's event loop; only the PNG
 * encoding runs on the calling thread.
 */
import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './font.ts';
import { COLOURS, SCALE } from './svg.ts';

/** A rendered PNG and its size in pixels. */
export interface Png {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/** Renders `svg` at {@link SCALE}× on white. */
export async function svgToPng(svg: string): Promise<Png> {
  const image = await renderAsync(svg, {
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: SCALE },
    background: COLOURS.background,
    logLevel: 'off',
  });
  return { bytes: image.asPng(), width: image.width, height: image.height };
}
