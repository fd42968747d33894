/**
 * Text in a picture: escaped for SVG, measured with the bundled font's
 * advance widths, wrapped at word boundaries into a box, and cut with an
 * ellipsis when it does not fit. Text in a picture cannot scroll or reflow,
 * so every label is fitted here before it is drawn.
 */

/** Font weights the pictures use (the two bundled font files). */
export type Weight = 'regular' | 'bold';

/** The width, in picture units, of `text` set at `size` in `weight`. */
export type Measure = (text: string, size: number, weight?: Weight) => number;

/** What ends cut text. */
export const ELLIPSIS = '…';

/**
 * Characters XML 1.0 does not allow (most C0 controls, U+FFFE/U+FFFF, lone
 * surrogates): an SVG containing one does not parse, so they are dropped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls XML forbids are what it matches
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Zero-width and bidirectional controls: they could make a label read differently from what it is. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

/** `text` on one line: invisible and non-XML characters dropped, runs of white space made one space. */
export function oneLine(text: string): string {
  return text.replace(NOT_XML, '').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** `text` safe as SVG character data or an attribute value (quoted with `"`). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;');
}

/** How a text box is set. */
export interface TextBox {
  readonly size: number;
  readonly weight?: Weight;
  /** The widest a line may be. */
  readonly width: number;
  /** The most lines; the last one shown ends with an ellipsis when text is left over. */
  readonly lines: number;
}

/**
 * `text` as at most `box.lines` lines no wider than `box.width`, broken at
 * spaces (a word wider than a line is broken inside); when it does not all
 * fit, the last line is cut and ends with {@link ELLIPSIS}. Empty text is no line.
 */
export function fitLines(text: string, box: TextBox, measure: Measure): string[] {
  const width = (s: string): number => measure(s, box.size, box.weight);
  const words = oneLine(text)
    .split(' ')
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < box.lines) {
    const word = words[i] ?? '';
    const candidate = line === '' ? word : `${line} ${word}`;
    if (width(candidate) <= box.width) {
      line = candidate;
      i += 1;
    } else if (line === '') {
      // A word wider than the line: as much of it as fits, the rest carried to the next line.
      const head = longestPrefix(word, (p) => width(p) <= box.width) || firstCodePoint(word);
      lines.push(head);
      words[i] = word.slice(head.length);
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '' && lines.length < box.lines) lines.push(line);
  if (i >= words.length) return lines;
  // Text is left over: the last line gives up room for the ellipsis.
  const last = lines.pop() ?? '';
  lines.push(ellipsize(`${last} ${words.slice(i).join(' ')}`, box, measure));
  return lines;
}

/** `text` on one line no wider than `box.width`, cut at a word boundary where one is near, ending with {@link ELLIPSIS}. */
export function ellipsize(text: string, box: Pick<TextBox, 'size' | 'weight' | 'width'>, measure: Measure): string {
  const clean = oneLine(text);
  const fits = (s: string): boolean => measure(s, box.size, box.weight) <= box.width;
  if (fits(clean)) return clean;
  const head = longestPrefix(clean, (p) => fits(`${p.trimEnd()}${ELLIPSIS}`));
  // Cut at the last space when that keeps most of the room; a cut word reads worse than a slightly shorter line.
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.6 ? head.slice(0, space) : head;
  return `${cut.trimEnd().replace(/[\s,;:·–—-]+$/u, '')}${ELLIPSIS}`;
}

/** The longest prefix of `text` (whole code points) that `fits`; width grows with length, so a binary search. */
function longestPrefix(text: string, fits: (prefix: string) => boolean): string {
  const points = [...text];
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(points.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return points.slice(0, lo).join('');
}

function firstCodePoint(text: string): string {
  return [...text][0] ?? '';
}
