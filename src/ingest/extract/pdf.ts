/**
 * PDF → lines with page and geometry, through pdf.js (pdfjs-dist 5, the
 * legacy build that runs on Node 20). Hardened for files nobody vetted: no
 * eval (CVE-2024-4367 reached `new Function` through a font), no font faces,
 * no system fonts, nothing fetched: the standard fonts, CMaps and image
 * decoders are read from the package's own folders.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, Util, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from '../../errors.ts';
import type { ExtractedDocument, ExtractedLine, ExtractedMetadata } from '../types.ts';
import { normalizeDate } from './dates.ts';
import { type ExtractLimits, reasonOf } from './limits.ts';
import { linesOfRuns, markBlockEnds, type TextRun } from './pdf-lines.ts';

/** The installed pdfjs-dist's folder: its data folders ship with it. */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js appends file names to these, and reads them with fs in Node: they must end with a separator. */
const folder = (name: string): string => join(PDFJS_ROOT, name) + sep;

const LOAD_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  isOffscreenCanvasSupported: false,
  enableXfa: false,
  standardFontDataUrl: folder('standard_fonts'),
  cMapUrl: folder('cmaps'),
  cMapPacked: true,
  wasmUrl: folder('wasm'),
  // pdf.js writes its warnings with console.log; what matters here is thrown or reported by us.
  verbosity: VerbosityLevel.ERRORS,
} as const;

/** Opens a PDF, turning pdf.js' refusals into {@link IngestError}s. */
async function open(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  // pdf.js may transfer (detach) the buffer it is given, and refuses a Buffer: it gets a plain copy.
  const task = getDocument({ ...LOAD_OPTIONS, data: new Uint8Array(bytes) });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: unknown }).name;
    if (name === 'PasswordException') {
      throw new IngestError(
        file,
        'encrypted',
        'the PDF is protected by a password: open it, save a copy without the password (or print it to PDF), and ingest that.',
      );
    }
    throw new IngestError(file, 'corrupt', `the PDF could not be read (${reasonOf(error)}): it may be damaged or incomplete; download or export it again.`);
  }
}

/** One page's text runs, positioned from the page's top-left corner (rotation and crop box applied). */
async function runsOf(page: PDFPageProxy): Promise<{ runs: TextRun[]; width: number; height: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [, , , , x, y] = Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height;
    runs.push({ str: item.str, x: x ?? 0, y: y ?? 0, size, width: item.width, hasEOL: item.hasEOL });
  }
  return { runs, width: viewport.width, height: viewport.height };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** What the PDF says about itself: its Info dictionary, with the XMP metadata for a title it lacks. */
async function metadataOf(pdf: PDFDocumentProxy): Promise<ExtractedMetadata> {
  const { info, metadata } = await pdf.getMetadata();
  const fields = info as Record<string, unknown>;
  const title = text(fields.Title) ?? text(metadata?.get('dc:title'));
  const published = normalizeDate(text(fields.CreationDate));
  const author = text(fields.Author);
  const language = text(fields.Language);
  return {
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(author === undefined ? {} : { author }),
    ...(language === undefined ? {} : { language }),
  };
}

/** "pages 3, 4 have no text layer: they need OCR" (or the same of one page). */
const noTextLayer = (pages: readonly number[]): string =>
  pages.length === 1 ? `page ${pages[0]} has no text layer: it needs OCR` : `pages ${pages.join(', ')} have no text layer: they need OCR`;

/** Extracts a PDF. Throws an {@link IngestError} for a PDF that is encrypted, corrupt, over the page limit or scanned throughout. */
export async function extractPdf(bytes: Uint8Array, file: string, limits: ExtractLimits): Promise<ExtractedDocument> {
  const pdf = await open(bytes, file);
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new IngestError(file, 'too-large', `it has ${pdf.numPages} pages, over the limit of ${limits.maxPages}: split it, or raise the limit.`);
    }
    const lines: ExtractedLine[] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { runs, width, height } = await runsOf(page);
      page.cleanup();
      const pageLines = linesOfRuns(runs, n, { width, height });
      if (pageLines.length === 0) emptyPages.push(n);
      lines.push(...pageLines);
    }
    if (lines.length === 0) {
      throw new IngestError(
        file,
        'scanned',
        `none of its ${pdf.numPages} pages has a text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf) and ingest the result.`,
      );
    }
    const warnings = emptyPages.length === 0 ? [] : [noTextLayer(emptyPages)];
    return { format: 'pdf', lines: markBlockEnds(lines), pages: pdf.numPages, metadata: await metadataOf(pdf), emptyPages, warnings };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, 'corrupt', `the PDF could not be read (${reasonOf(error)}): it may be damaged or incomplete; download or export it again.`);
  } finally {
    await pdf.destroy();
  }
}
