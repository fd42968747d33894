/**
 * The font the pictures are set in: Inter (SIL Open Font License, see
 * assets/fonts/OFL.txt), shipped with the project so that a picture looks
 * the same on every machine and needs no system font. Regular and SemiBold
 * cover Latin with diacritics, Greek and Cyrillic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { InstallationError } from '../../errors.ts';
import { PACKAGE_ROOT } from '../../paths.ts';
import type { Measure, Weight } from './text.ts';

/** The family name the SVG asks for, as the font files declare it. */
export const FONT_FAMILY = 'Inter';

/** The font files by weight, read by path (resvg loads them; no system fonts). */
export const FONT_FILES: Readonly<Record<Weight, string>> = {
  regular: join(PACKAGE_ROOT, 'assets/fonts/Inter-Regular.ttf'),
  bold: join(PACKAGE_ROOT, 'assets/fonts/Inter-SemiBold.ttf'),
};

/** The SVG `font-weight` of each weight (SemiBold is 600). */
export const FONT_WEIGHTS: Readonly<Record<Weight, number>> = { regular: 400, bold: 600 };

/** Advance widths per character, in em, for one font file. */
type Advances = (char: string) => number;

function advancesOf(file: string): Advances {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InstallationError(
      `policy-bot: the pictures' font ${file} cannot be read (${error instanceof Error ? error.message : String(error)}); reinstall the package`,
    );
  }
  // A copy: the file's own ArrayBuffer, exactly its bytes (a Buffer may be a view into a larger shared pool).
  const font = opentype.parse(new Uint8Array(bytes).buffer, { lowMemory: true });
  const cache = new Map<string, number>();
  return (char) => {
    let em = cache.get(char);
    if (em === undefined) {
      // Per character, without shaping: opentype.js's shaper throws on some of Inter's substitution tables, and
      // advance widths alone come within a few percent of what resvg lays out (fitted text keeps a margin).
      em = (font.charToGlyph(char).advanceWidth ?? font.unitsPerEm / 2) / font.unitsPerEm;
      cache.set(char, em);
    }
    return em;
  };
}

let advances: Record<Weight, Advances> | undefined;

/** Measures text as resvg will set it in the bundled font. Reads the font files once, on first use. */
export const measureText: Measure = (text, size, weight = 'regular') => {
  advances ??= { regular: advancesOf(FONT_FILES.regular), bold: advancesOf(FONT_FILES.bold) };
  const of = advances[weight];
  let em = 0;
  for (const char of text) em += of(char);
  return em * size;
};
