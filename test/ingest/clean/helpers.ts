/** Small builders for the cleaning tests: documents and work lines from literal text. */
import { linesOfText } from '../../../src/ingest/extract/text.ts';
import type { ExtractedDocument, ExtractedLine } from '../../../src/ingest/types.ts';
import { workLine, type WorkLine } from '../../../src/ingest/clean/work-line.ts';

/** A text document as extraction gives it (blank lines end blocks; form feeds, if any, start pages). */
export function textDocument(text: string): ExtractedDocument {
  return { format: 'text', lines: linesOfText(text), pages: text.includes('\f') ? text.split('\f').length : null, metadata: {}, emptyPages: [], warnings: [] };
}

/** A document made of the given lines. */
export function documentOf(lines: readonly ExtractedLine[], format: ExtractedDocument['format'] = 'pdf'): ExtractedDocument {
  const pages = lines.some((l) => l.page !== null) ? Math.max(...lines.map((l) => l.page ?? 0)) : null;
  return { format, lines, pages, metadata: {}, emptyPages: [], warnings: [] };
}

/** Work lines of a text, as the steps after invisible characters see them. */
export function workLines(text: string): WorkLine[] {
  return linesOfText(text).map((l) => workLine(l, l.text));
}

/** A repetitive but varied body sentence, `n` of them, each hard-wrapped on two lines. */
export function bodyLines(n: number, topic: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k += 1) {
    out.push(`The ${topic} programme number ${k + 1} asks every agency to review its`);
    out.push(`plans and report on progress to the national council each year.`);
  }
  return out;
}
