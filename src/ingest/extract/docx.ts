/**
 * A Word file (DOCX) → lines with hints. A DOCX is a zip: before mammoth sees
 * it, every entry's stated size is checked against the limits, and every
 * entry is inflated once with a hard cap (a zip bomb can state small sizes
 * and still inflate to gigabytes). Then mammoth turns the document into
 * HTML (headings from Word's heading styles, lists, tables) and the HTML
 * walker makes the lines; the core properties give the metadata.
 */
import mammoth from 'mammoth';
import { IngestError } from '../../errors.ts';
import type { ExtractedDocument, ExtractedMetadata } from '../types.ts';
import { normalizeDate } from './dates.ts';
import { parseDocument } from './html.ts';
import { linesOfDom } from './html-lines.ts';
import { bytesInWords, type ExtractLimits, maxUncompressedOf, reasonOf } from './limits.ts';
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipEntry, ZipTooLargeError } from './zip.ts';

const corrupt = (file: string, reason: string): IngestError =>
  new IngestError(file, 'corrupt', `the Word file could not be read (${reason}): it may be damaged; open it in Word and save it again as .docx.`);

const tooLarge = (file: string, what: string): IngestError =>
  new IngestError(
    file,
    'too-large',
    `${what}: a Word file this large when unpacked is refused (a "zip bomb" looks like this); split the document, or raise the limit.`,
  );

/**
 * Checks the zip before anything reads it: stated sizes first (no inflating),
 * then the true sizes, each entry inflated with the cap. Returns the entries.
 */
export function checkDocxZip(bytes: Uint8Array, file: string, limits: ExtractLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw corrupt(file, error.message);
    throw error;
  }
  const maxTotal = maxUncompressedOf(limits);
  const big = entries.find((e) => e.uncompressedSize > limits.maxBytes);
  if (big !== undefined)
    throw tooLarge(file, `its part ${big.name} unpacks to ${bytesInWords(big.uncompressedSize)}, over the limit of ${bytesInWords(limits.maxBytes)}`);
  const stated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (stated > maxTotal) throw tooLarge(file, `it unpacks to ${bytesInWords(stated)}, over the limit of ${bytesInWords(maxTotal)}`);
  if (entries.some((e) => e.encrypted))
    throw new IngestError(file, 'encrypted', 'parts of the Word file are encrypted: remove the protection in Word and save it again.');
  let total = 0;
  for (const entry of entries) {
    try {
      total += readZipEntry(bytes, entry, Math.min(limits.maxBytes, maxTotal - total)).byteLength;
    } catch (error) {
      if (error instanceof ZipTooLargeError)
        throw tooLarge(file, `its part ${entry.name} unpacks to more than it states (over the limit of ${bytesInWords(Math.min(limits.maxBytes, maxTotal))})`);
      if (error instanceof ZipFormatError) throw corrupt(file, error.message);
      throw error;
    }
  }
  return entries;
}

/** Title, date, author and language from docProps/core.xml, when the file has one. */
function coreProperties(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ExtractLimits): ExtractedMetadata {
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (core === undefined) return {};
  const xml = new TextDecoder('utf-8').decode(readZipEntry(bytes, core, limits.maxBytes));
  // Parsed as HTML: linkedom keeps the prefixed names (dc:title) as tag names, which is all that is read here.
  const doc = parseDocument(`<body>${xml.replace(/^<\?xml[^>]*>/u, '')}</body>`);
  const field = (name: string): string | undefined => {
    const value = doc.querySelector(name.replace(':', '\\:'))?.textContent?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const title = field('dc:title');
  const published = normalizeDate(field('dcterms:created'));
  const author = field('dc:creator');
  const language = field('dc:language');
  return {
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(author === undefined ? {} : { author }),
    ...(language === undefined ? {} : { language }),
  };
}

/** Images are not text: mammoth is told to leave them out rather than inline them as data URIs. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Extracts a Word file. Throws an {@link IngestError} for a zip bomb, an encrypted or a damaged file. */
export async function extractDocx(bytes: Uint8Array, file: string, limits: ExtractLimits): Promise<ExtractedDocument> {
  const entries = checkDocxZip(bytes, file, limits);
  const metadata = coreProperties(bytes, entries, limits);
  let html: string;
  let messages: readonly { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: NO_IMAGES, externalFileAccess: false },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw corrupt(file, reasonOf(error));
  }
  const body = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  const lines = body === null ? [] : linesOfDom(body);
  // mammoth's warnings are about styles it does not map (noise for a reader); its errors are parts it could not read.
  const warnings = messages.filter((m) => m.type === 'error').map((m) => `part of the Word file could not be read: ${m.message}`);
  return { format: 'docx', lines, pages: null, metadata, emptyPages: [], warnings };
}
