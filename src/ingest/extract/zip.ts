/**
 * The little of the zip format that checking a DOCX needs: the central
 * directory (entry names with their stated sizes) and each entry's bytes,
 * inflated with a hard cap.
 *
 * Written here rather than taken from a zip library on purpose: the check
 * must happen BEFORE anything is inflated, and it must not trust the sizes a
 * hostile file states. The central directory is a fixed binary layout
 * (APPNOTE 4.3.12–4.3.16) that a library would read for us in the same few
 * lines, and node:zlib's `maxOutputLength` stops an inflate at the cap however
 * small the entry claims to be, which the JavaScript zip readers (jszip, which
 * mammoth uses; yauzl) do not offer on a buffer.
 */
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory, as the file states it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a zip could not be read; the caller words it for the file at hand. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

/** An entry that inflates past its cap. */
export class ZipTooLargeError extends Error {
  override name = 'ZipTooLargeError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

/** True when the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the end-of-central-directory record starts: searched back from the end, past a comment of up to 64 KB. */
function findEndRecord(data: DataView): number {
  const last = data.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (data.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory (not a zip, or cut short)');
}

/** The central directory's offset and entry count, from the ZIP64 record when the classic one overflows. */
function directoryBounds(data: DataView): { offset: number; count: number } {
  const end = findEndRecord(data);
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if ((count === 0xffff || offset === U32_MAX) && end >= 20 && data.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(data.getBigUint64(end - 12, true));
    if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError('a damaged ZIP64 end record');
    count = Number(data.getBigUint64(record + 32, true));
    offset = Number(data.getBigUint64(record + 48, true));
  }
  if (offset > data.byteLength) throw new ZipFormatError('the central directory lies outside the file');
  return { offset, count };
}

/** Sizes and offset from a ZIP64 extra field (id 1), for the fields the classic header left at 0xFFFFFFFF. */
function zip64Sizes(
  data: DataView,
  extraStart: number,
  extraEnd: number,
  entry: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number },
): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipFormatError('a damaged ZIP64 extra field');
        const value = Number(data.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The entries a zip's central directory lists, without inflating anything. Throws {@link ZipFormatError}. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  if (data.byteLength < 22) throw new ZipFormatError('too short to be a zip');
  const { offset, count } = directoryBounds(data);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== CENTRAL) throw new ZipFormatError(`central directory entry ${i + 1} of ${count} is damaged`);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > data.byteLength) throw new ZipFormatError(`central directory entry ${i + 1} runs past the end`);
    const entry = {
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    zip64Sizes(data, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's bytes, inflated but never past `maxBytes` (whatever size the
 * entry states). Throws {@link ZipTooLargeError} past the cap and
 * {@link ZipFormatError} for an entry that cannot be read.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > data.byteLength || data.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${entry.name}: damaged local header`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.byteLength) throw new ZipFormatError(`${entry.name}: data runs past the end of the file`);
  if (entry.encrypted) throw new ZipFormatError(`${entry.name}: encrypted`);
  const stored = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (stored.byteLength > maxBytes) throw new ZipTooLargeError(`${entry.name}: over ${maxBytes} bytes`);
    return stored;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not supported`);
  try {
    return inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipTooLargeError(`${entry.name}: inflates past ${maxBytes} bytes`);
    }
    throw new ZipFormatError(`${entry.name}: ${(error as Error).message}`);
  }
}
