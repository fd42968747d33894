/**
 * Plain text (including text someone extracted from a PDF) → extracted lines.
 * A form feed starts a new page; a blank line ends a block.
 */
import type { ExtractedDocument, ExtractedLine } from '../types.ts';

/** Decodes UTF-8 text, dropping a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** Lines of a text, verbatim (line ends and trailing white space dropped), with pages from form feeds and block ends from blank lines. */
export function linesOfText(text: string): ExtractedLine[] {
  const hasPages = text.includes('\f');
  const lines: ExtractedLine[] = [];
  let page = 1;
  for (const [i, pageText] of text.split('\f').entries()) {
    page = i + 1;
    for (const raw of pageText.split(/\r\n|\r|\n/)) {
      const line = raw.trimEnd();
      if (line.trim() === '') {
        const last = lines.at(-1);
        if (last !== undefined && last.blockEnd !== true) lines[lines.length - 1] = { ...last, blockEnd: true };
        continue;
      }
      lines.push({ text: line, page: hasPages ? page : null });
    }
  }
  return lines;
}

/** Extracts a plain-text file. */
export function extractText(bytes: Uint8Array): ExtractedDocument {
  const text = decodeText(bytes);
  const hasPages = text.includes('\f');
  return {
    format: 'text',
    lines: linesOfText(text),
    pages: hasPages ? text.split('\f').length : null,
    metadata: {},
    emptyPages: [],
    warnings: [],
  };
}
