/**
 * The part of opentype.js (which ships no type declarations) that the
 * pictures use: parsing a font file and reading a character's advance width.
 */
declare module 'opentype.js' {
  interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
  }
  interface Font {
    readonly unitsPerEm: number;
    charToGlyph(char: string): Glyph;
  }
  const opentype: {
    /** `lowMemory` reads glyphs when asked for, not all at once (a quarter of the time for Inter). */
    parse(buffer: ArrayBuffer, options?: { readonly lowMemory?: boolean }): Font;
  };
  export default opentype;
}
