/**
 * What a file is, from its bytes: the extension is only compared with it
 * (a mismatch is a warning, or the reason given when the bytes are nothing
 * ingest reads).
 */
import { extname } from 'node:path';
import type { SourceFormat } from '../types.ts';
import { decodeText } from './text.ts';
import { looksLikeZip, readZipDirectory, ZipFormatError } from './zip.ts';

/** A format ingest reads, or what the bytes look like instead (in words) when it reads none. */
export type Sniffed =
  | { readonly format: SourceFormat }
  | {
      readonly format: null;
      /** What the bytes look like, for messages ("a PNG image", "an Excel workbook"). */
      readonly looksLike: string;
      /** Set when the bytes are a password-protected Office file: a refusal of its own kind. */
      readonly encrypted?: true;
      /** Set when the bytes start as a zip but its directory cannot be read (a DOCX cut short). */
      readonly damagedZip?: true;
    };

const startsWith = (bytes: Uint8Array, ...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Binary formats people attach by mistake, recognised so the message can name them. */
const KNOWN_BINARIES: readonly { readonly magic: readonly number[]; readonly looksLike: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { magic: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF)' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document' },
];

/** `%PDF-` within the first KB (the format allows a little junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

/** An Office compound file (old .doc/.xls, or any password-protected Office file, which Office stores this way). */
function sniffCompoundFile(bytes: Uint8Array): Sniffed | undefined {
  if (!startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return undefined;
  // An encrypted OOXML file is a compound file with an "EncryptionInfo" stream (its name is stored in UTF-16LE).
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
    return { format: null, looksLike: 'a password-protected Office document', encrypted: true };
  }
  return { format: null, looksLike: 'an old binary Office document (.doc, .xls or .ppt)' };
}

/** A zip is a DOCX when it holds word/document.xml; other zips are named when they are common. */
function sniffZip(bytes: Uint8Array): Sniffed {
  let names: string[];
  try {
    names = readZipDirectory(bytes).map((e) => e.name);
  } catch (error) {
    if (error instanceof ZipFormatError) return { format: null, looksLike: `a damaged zip archive (${error.message})`, damagedZip: true };
    throw error;
  }
  if (names.includes('word/document.xml')) return { format: 'docx' };
  if (names.some((n) => n.startsWith('xl/'))) return { format: null, looksLike: 'an Excel workbook (.xlsx)' };
  if (names.some((n) => n.startsWith('ppt/'))) return { format: null, looksLike: 'a PowerPoint presentation (.pptx)' };
  if (names.includes('mimetype') && names.includes('META-INF/manifest.xml')) return { format: null, looksLike: 'an OpenDocument file (.odt/.ods)' };
  return { format: null, looksLike: 'a zip archive' };
}

/** Text that is not text: NUL bytes (outside UTF-16) or many control characters. */
function isBinaryText(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/gu)?.length ?? 0;
  return controls > sample.length * 0.01;
}

/** Markup of a saved web page at the start (after a BOM, white space, an XML declaration and comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 8192)
    .replace(/^\uFEFF/u, '')
    .replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/u, '');
  return /^<(!doctype\s+html|html|head|body|meta|title)[\s>/]/iu.test(head);
}

/** Markdown rather than plain text: front matter, or ATX headings (one opening the file, or two or more). */
export function looksLikeMarkdown(text: string): boolean {
  const body = text.replace(/^\uFEFF/u, '');
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/u.test(body)) return true;
  const headings = body.match(/^#{1,6}[ \t]+\S/gmu)?.length ?? 0;
  const firstLine = body.trimStart().split(/\r?\n/u, 1)[0] ?? '';
  return headings >= 2 || (headings === 1 && /^#{1,6}[ \t]+\S/u.test(firstLine));
}

/** The format of `bytes`, or what they look like when ingest reads none of them. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (isPdf(bytes)) return { format: 'pdf' };
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  const compound = sniffCompoundFile(bytes);
  if (compound !== undefined) return compound;
  const known = KNOWN_BINARIES.find((b) => startsWith(bytes, ...b.magic));
  if (known !== undefined) return { format: null, looksLike: known.looksLike };
  const { text } = decodeText(bytes.subarray(0, 65_536));
  if (isBinaryText(text)) return { format: null, looksLike: 'binary data' };
  if (looksLikeHtml(text)) return { format: 'html' };
  return { format: looksLikeMarkdown(text) ? 'markdown' : 'text' };
}

/** The format a file's extension claims, or null for an extension that claims none ingest reads. */
export function formatOfExtension(file: string): SourceFormat | null {
  switch (extname(file).toLowerCase()) {
    case '.pdf':
      return 'pdf';
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.docx':
      return 'docx';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.txt':
    case '.text':
      return 'text';
    default:
      return null;
  }
}

/** Plain text and Markdown are one family: a .txt with headings or a .md without any is no lie. */
const family = (format: SourceFormat): string => (format === 'markdown' ? 'text' : format);

export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  pdf: 'PDF',
  html: 'HTML',
  docx: 'Word (DOCX)',
  text: 'plain text',
  markdown: 'Markdown',
};

/** A warning when the extension claims another format than the bytes are, else undefined. */
export function extensionWarning(file: string, format: SourceFormat): string | undefined {
  const claimed = formatOfExtension(file);
  if (claimed === null || family(claimed) === family(format)) return undefined;
  return `its name says ${FORMAT_NAMES[claimed]} (${extname(file)}) but its bytes are ${FORMAT_NAMES[format]}: it was read as ${FORMAT_NAMES[format]}`;
}
