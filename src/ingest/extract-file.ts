/**
 * The one place ingest calls extraction. Extraction is to run off the event
 * loop (a worker that can be stopped, src/ingest/extract/worker.ts, from the
 * extraction branch); until it lands this calls it in-process, and switching
 * is this one call.
 */
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, extractDocument } from './extract/index.ts';
import type { ExtractedDocument } from './types.ts';

/** Extracts `bytes` (named `file` in messages). Rejects with an IngestError for a file it cannot read. */
export function extractFile(bytes: Uint8Array, file: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedDocument> {
  return extractDocument(bytes, file, limits);
}
