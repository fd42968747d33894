/**
 * Extraction: a file's bytes → {@link ExtractedDocument}. The format is
 * sniffed from the bytes, never taken from the extension; the size is checked
 * before anything is parsed. Run it through {@link extractInWorker} for a file
 * nobody vetted: there it can be stopped.
 */
import { extname } from 'node:path';
import { IngestError } from '../../errors.ts';
import type { ExtractedDocument, SourceFormat } from '../types.ts';
import { bytesInWords, DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
import { extensionWarning, FORMAT_NAMES, formatOfExtension, sniffFormat } from './sniff.ts';
import { extractText } from './text.ts';

export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
export { DEFAULT_WORKER_LIMITS, extractInWorker, type WorkerLimits } from './worker.ts';

const WHAT_TO_DO = 'ingest reads PDF, HTML (a saved web page), Word (.docx), plain text and Markdown: export or save the document as one of these';

/** The format of `bytes`, or the refusal that names what the file looks like instead. */
function formatOf(bytes: Uint8Array, file: string): SourceFormat {
  const sniffed = sniffFormat(bytes);
  if (sniffed.format !== null) return sniffed.format;
  if (sniffed.encrypted === true) {
    throw new IngestError(file, 'encrypted', `${sniffed.looksLike}: remove the password (in Word: File › Info › Protect Document) and save it again as .docx.`);
  }
  const claimed = formatOfExtension(file);
  if (sniffed.damagedZip === true && claimed === 'docx') {
    throw new IngestError(
      file,
      'corrupt',
      `the Word file is ${sniffed.looksLike}: it may have been cut short; download it again, or open it in Word and save it again as .docx.`,
    );
  }
  if (claimed !== null) {
    throw new IngestError(
      file,
      'wrong-extension',
      `its name says ${FORMAT_NAMES[claimed]} (${extname(file)}) but its bytes are ${sniffed.looksLike}, not ${FORMAT_NAMES[claimed]}: the file may be misnamed or damaged; ${WHAT_TO_DO}.`,
    );
  }
  throw new IngestError(file, 'unsupported-format', `it is ${sniffed.looksLike}; ${WHAT_TO_DO}.`);
}

/**
 * The extractor of `format`. Each is imported when a file needs it: a worker
 * starts afresh for every file, and pdf.js, mammoth and linkedom take a
 * second or more to load between them on a busy machine.
 */
async function extractAs(format: SourceFormat, bytes: Uint8Array, file: string, limits: ExtractLimits): Promise<ExtractedDocument> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf.ts')).extractPdf(bytes, file, limits);
    case 'html':
      return (await import('./html.ts')).extractHtml(bytes, file);
    case 'docx':
      return (await import('./docx.ts')).extractDocx(bytes, file, limits);
    case 'markdown':
      return (await import('./markdown.ts')).extractMarkdown(bytes);
    case 'text':
      return extractText(bytes);
  }
}

/** Extracts `bytes`; `file` is the name shown in messages. Throws an {@link IngestError} for a file it cannot read. */
export async function extractDocument(bytes: Uint8Array, file: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedDocument> {
  if (bytes.byteLength > limits.maxBytes) {
    throw new IngestError(
      file,
      'too-large',
      `it is ${bytesInWords(bytes.byteLength)}, over the limit of ${bytesInWords(limits.maxBytes)}: split it, or raise the limit.`,
    );
  }
  if (bytes.byteLength === 0) throw new IngestError(file, 'empty', 'the file is empty (0 bytes): check that it was saved or downloaded completely.');
  const format = formatOf(bytes, file);
  const doc = await extractAs(format, bytes, file, limits);
  if (doc.lines.length === 0 && format !== 'pdf') {
    throw new IngestError(file, 'empty', `the ${FORMAT_NAMES[format]} file has no text: check that it is the document you meant.`);
  }
  const mismatch = extensionWarning(file, format);
  return mismatch === undefined ? doc : { ...doc, warnings: [mismatch, ...doc.warnings] };
}
