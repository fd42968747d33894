/**
 * The contract between the stages of `policy-bot ingest`:
 *
 * ```
 * bytes ──sniff──▶ SourceFormat ──extract──▶ ExtractedDocument (lines, with page and geometry)
 *       ──clean──▶ CleanedDocument (typed blocks + a report of what was removed or fixed)
 *       ──infer + write──▶ knowledge/<id>.md (front matter + structured Markdown body)
 * ```
 *
 * Every stage is a pure function of the one before it (extraction runs in a
 * worker that can be stopped). Cleaning removes layout, never words: every
 * word of the extracted lines is either in a block or counted in the report
 * as part of a removed layout line (running header, footer, page number).
 *
 * The Markdown body that ingest writes, and the loader reads, is structured:
 * - `<!-- page: N -->` alone between blank lines: the blocks that follow start on page N.
 * - `#` … `######` headings: the heading path of the passages that follow.
 * - `- ` list items, one item per line; each item is its own paragraph.
 * - `<!-- layout: toc|table|acknowledgements|copyright|references|front -->`
 *   alone between blank lines, right before a block: that block is kept but
 *   marked, so that search ranks it down and facts skip it.
 * - Anything else: paragraphs separated by blank lines, as before. A
 *   hand-written document without these markers reads exactly as it always did.
 */

/** What a file turned out to be, from its bytes (never from its extension). */
export type SourceFormat = 'pdf' | 'html' | 'docx' | 'text' | 'markdown';

/** Where a line sat on its page (PDF only): PDF units, y (the baseline) measured from the page's top. */
export interface LineGeometry {
  readonly x: number;
  readonly y: number;
  /** The line's font size (its tallest run): headings stand out. */
  readonly height: number;
  /** From the line's left end to the end of its last run (a paragraph's short last line shows here); absent where unknown. */
  readonly width?: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
}

/** Structure a format states itself (HTML, DOCX, Markdown). Text and PDF lines carry none. */
export type LineHint = { readonly kind: 'heading'; readonly level: number } | { readonly kind: 'list-item' } | { readonly kind: 'table-row' };

/** One line as extracted: its text verbatim, and where it came from. */
export interface ExtractedLine {
  readonly text: string;
  /** 1-based page; null where the format has no pages. */
  readonly page: number | null;
  readonly geometry?: LineGeometry;
  readonly hint?: LineHint;
  /** True when the format itself ends a block here (an HTML/DOCX block's last line, a line before a blank line in text). */
  readonly blockEnd?: boolean;
}

/** Metadata the file states about itself (PDF info, HTML head, DOCX core properties). */
export interface ExtractedMetadata {
  readonly title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly published?: string;
  readonly author?: string;
  /** A BCP 47 tag the file declares (HTML lang, DOCX language), if any. */
  readonly language?: string;
}

/** What extraction hands to cleaning. */
export interface ExtractedDocument {
  readonly format: SourceFormat;
  readonly lines: readonly ExtractedLine[];
  /** Page count; null where the format has no pages. */
  readonly pages: number | null;
  readonly metadata: ExtractedMetadata;
  /** Pages with no text layer (scanned): they need OCR. */
  readonly emptyPages: readonly number[];
  /** What could not be read, in words for the user. */
  readonly warnings: readonly string[];
}

/** What a block is. Layout kinds are kept (nothing is lost) but marked, so search ranks them down and facts skip them. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | LayoutKind;
export type LayoutKind = 'toc' | 'table' | 'acknowledgements' | 'copyright' | 'references' | 'front';
export const LAYOUT_KINDS: readonly LayoutKind[] = ['toc', 'table', 'acknowledgements', 'copyright', 'references', 'front'];

/** One block of cleaned text. */
export interface Block {
  readonly kind: BlockKind;
  /** The block's text on one line: verbatim words, layout removed. */
  readonly text: string;
  /** The page the block starts on; null where the format has no pages. */
  readonly page: number | null;
  /** Heading level (1–6), for headings only. */
  readonly level?: number;
}

/** What cleaning did to one document, counted for the report. */
export interface CleaningReport {
  readonly headersFooters: number;
  readonly pageNumbers: number;
  readonly hyphenationsJoined: number;
  readonly ligaturesJoined: number;
  readonly letterSpacingFixed: number;
  readonly invisibleRemoved: number;
  readonly footnoteMarkersSeparated: number;
  /** Blocks marked as layout, by kind. */
  readonly marked: Readonly<Partial<Record<LayoutKind, number>>>;
  /** Words in the extracted lines, and in the blocks (layout lines removed on purpose are not missing). */
  readonly wordsExtracted: number;
  readonly wordsKept: number;
  /** Words of the extracted text that are neither in the blocks nor in a removed layout line (should be empty). */
  readonly missingWords: readonly string[];
}

/** What cleaning hands to the writer. */
export interface CleanedDocument {
  readonly blocks: readonly Block[];
  readonly report: CleaningReport;
  /**
   * The running headers and footers removed (distinct texts, page numbers at
   * their ends dropped, the most repeated first): a document's title often
   * stands only there.
   */
  readonly runningLines?: readonly string[];
  /** Warnings in words for the user (e.g. words missing after cleaning). */
  readonly warnings: readonly string[];
}

// Entry points (one module each; signatures shared by the branches that build on them):
//   src/ingest/extract/index.ts  extractDocument(bytes, file, limits?): Promise<ExtractedDocument>
//   src/ingest/clean/index.ts    cleanDocument(doc: ExtractedDocument): CleanedDocument
