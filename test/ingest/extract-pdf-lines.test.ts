import { describe, expect, it } from 'vitest';
import { linesOfRuns, markBlockEnds, type TextRun } from '../../src/ingest/extract/pdf-lines.ts';

const PAGE = { width: 600, height: 800 };
/** A run of `str` at (x, baseline y) in a font of `size`, about half an em per character wide. */
const run = (str: string, x: number, y: number, size = 10): TextRun => ({ str, x, y, size, width: str.length * size * 0.5, hasEOL: false });
const texts = (runs: TextRun[]) => linesOfRuns(runs, 1, PAGE).map((l) => l.text);

describe('pdf.js runs into lines', () => {
  it('starts a new line on a new baseline, and when the text runs back left (the next column)', () => {
    expect(texts([run('left column line one', 50, 100), run('right column line one', 50, 112), run('back at the top', 320, 100)])).toEqual([
      'left column line one',
      'right column line one',
      'back at the top',
    ]);
    expect(texts([run('one', 50, 100), run('two', 40, 100)])).toEqual(['one', 'two']);
  });

  it('ends a line where pdf.js marks its end, and drops runs that are only white space between lines', () => {
    expect(texts([{ ...run('first', 50, 100), hasEOL: true }, run('second', 80, 100), run('   ', 50, 120), run('third', 50, 130)])).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('keeps the text of the runs as it is: no space added where a run already has one', () => {
    expect(texts([run('word ', 50, 100), run('next', 80, 100), run(' and', 100, 100)])).toEqual(['word next and']);
  });
});

describe('block ends from geometry', () => {
  const line = (text: string, x: number, y: number, width: number, height = 10, page = 1) => ({
    text,
    page,
    geometry: { x, y, height, width, pageWidth: 600, pageHeight: 800 },
  });
  const ends = (lines: ReturnType<typeof line>[]) => markBlockEnds(lines).map((l) => l.blockEnd === true);

  it('ends a block before a wider gap than the usual spacing, not between the lines of a paragraph', () => {
    const lines = [
      line('a', 50, 100, 500),
      line('b', 50, 112, 500),
      line('c', 50, 124, 500),
      line('d', 50, 136, 300),
      line('e', 50, 160, 500),
      line('f', 50, 172, 200),
    ];
    expect(ends(lines)).toEqual([false, false, false, true, false, false]);
  });

  it('ends a block at a short last line followed by a first-line indent, not at a hanging indent after a full line', () => {
    const paragraphs = [line('a', 50, 100, 500), line('b', 50, 112, 500), line('end.', 50, 124, 120), line('Indented', 70, 136, 480), line('c', 50, 148, 500)];
    expect(ends(paragraphs)).toEqual([false, false, true, false, false]);
    const bullet = [line('• item that wraps', 50, 100, 500), line('onto a hanging indent', 62, 112, 488), line('x', 50, 124, 500)];
    expect(ends(bullet)).toEqual([false, false, false]);
  });

  it('ends a block where the font size changes by a point or more, and never at the last line of a page', () => {
    const lines = [
      line('Heading', 50, 100, 200, 14),
      line('body', 50, 116, 500),
      line('body', 50, 128, 500),
      line('footnote', 50, 140, 500, 8),
      line('next page', 50, 100, 500, 10, 2),
    ];
    expect(ends(lines)).toEqual([true, false, true, false, false]);
  });
});
