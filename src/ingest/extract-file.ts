/**
 * The one place ingest calls extraction. PDF, HTML and DOCX are parsed by
 * third-party code over bytes nobody vetted, so they are read in a worker
 * with a heap cap and a time limit (src/ingest/extract/worker.ts): one
 * hostile file cannot take the process down or hang it. Plain text and
 * Markdown are read by our own few lines, bounded by the byte cap, in
 * process: a worker's start (about a second on this machine) buys nothing there.
 */
import { DEFAULT_WORKER_LIMITS, extractDocument, extractInWorker, type WorkerLimits } from './extract/index.ts';
import { sniffFormat } from './extract/sniff.ts';
import type { ExtractedDocument } from './types.ts';

/** Extracts `bytes` (named `file` in messages). Rejects with an IngestError for a file it cannot read. */
export function extractFile(bytes: Uint8Array, file: string, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): Promise<ExtractedDocument> {
  const { format } = sniffFormat(bytes);
  if (format === 'text' || format === 'markdown') return extractDocument(bytes, file, limits);
  return extractInWorker(bytes, file, limits);
}
