/**
 * Plain text (including text someone extracted from a PDF) → extracted lines.
 * A form feed starts a new page; a blank line ends a block.
 */
import type { ExtractedDocument, ExtractedLine } from '../types.ts';

/** A text and how its bytes were read. */
export interface DecodedText {
  readonly text: string;
  /** The WHATWG encoding label used (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`). */
  readonly encoding: string;
  /** Set when the bytes were not what they claimed (invalid UTF-8 read as Windows-1252). */
  readonly warning?: string;
}

/** The encoding a byte-order mark states, if any. */
function encodingOfBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark (some Windows tools write it): in ASCII-heavy
 * text every other byte is zero. Checked on the first 4 KB.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.byteLength, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes text bytes: a UTF-8 or UTF-16 byte-order mark is honoured and
 * dropped; without one, UTF-8 is tried strictly and invalid UTF-8 is read as
 * Windows-1252 (what old Windows tools wrote) with a warning, rather than
 * filled with replacement characters.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const encoding = encodingOfBom(bytes) ?? utf16WithoutBom(bytes) ?? declared;
  if (encoding !== undefined && encoding !== 'utf-8') {
    try {
      return { text: new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes), encoding };
    } catch {
      // An encoding label the runtime does not know (from a page's <meta charset>): fall through to UTF-8.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: 'the text is not valid UTF-8: it was read as Windows-1252 (check accented letters; save it as UTF-8 if they look wrong)',
    };
  }
}

/** The pages of a text split at form feeds; a form feed that only ends the last page (as pdftotext writes) starts no page. */
export function pagesOfText(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Lines of a text, verbatim (line ends and trailing white space dropped), with pages from form feeds and block ends from blank lines. */
export function linesOfText(text: string): ExtractedLine[] {
  const pages = pagesOfText(text);
  const hasPages = pages.length > 1;
  const lines: ExtractedLine[] = [];
  for (const [i, pageText] of pages.entries()) {
    let pageStarted = false;
    for (const raw of pageText.split(/\r\n|\r|\n/u)) {
      const line = raw.trimEnd();
      if (line.trim() === '') {
        // A blank line at a page's top is the form feed's own line end (or a top margin), not a paragraph's end.
        if (!pageStarted) continue;
        const last = lines.at(-1);
        if (last !== undefined && last.blockEnd !== true) lines[lines.length - 1] = { ...last, blockEnd: true };
        continue;
      }
      pageStarted = true;
      lines.push({ text: line, page: hasPages ? i + 1 : null });
    }
  }
  return lines;
}

/** Extracts a plain-text file. */
export function extractText(bytes: Uint8Array): ExtractedDocument {
  const decoded = decodeText(bytes);
  const pages = pagesOfText(decoded.text);
  return {
    format: 'text',
    lines: linesOfText(decoded.text),
    pages: pages.length > 1 ? pages.length : null,
    metadata: {},
    emptyPages: [],
    warnings: decoded.warning === undefined ? [] : [decoded.warning],
  };
}
