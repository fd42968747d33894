/**
 * Extraction: a file's bytes → {@link ExtractedDocument}. The format is
 * sniffed from the bytes, never taken from the extension.
 */
import { IngestError } from '../../errors.ts';
import type { ExtractedDocument } from '../types.ts';
import { extractText } from './text.ts';

/** Limits on what one file may cost. */
export interface ExtractLimits {
  /** The most bytes a file (and any zip entry, uncompressed) may have. */
  readonly maxBytes: number;
  readonly maxPages: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 25 * 1024 * 1024, maxPages: 2000 };

/** Extracts `bytes`; `file` is the name shown in messages. Throws an {@link IngestError} for a file it cannot read. */
export async function extractDocument(bytes: Uint8Array, file: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedDocument> {
  if (bytes.byteLength > limits.maxBytes) throw new IngestError(file, 'too-large', `${bytes.byteLength} bytes is over the limit of ${limits.maxBytes}.`);
  if (bytes.byteLength === 0) throw new IngestError(file, 'empty', 'the file is empty.');
  return extractText(bytes);
}
