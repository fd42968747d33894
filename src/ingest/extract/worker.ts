/**
 * Extraction where it can be stopped: a worker thread with a heap cap and a
 * time limit, so that one hostile file (a decompression bomb, a PDF that
 * loops pdf.js) cannot take the bot or the terminal down with it.
 */
import type { Worker } from 'node:worker_threads';
import { IngestError, InternalError } from '../../errors.ts';
import { runtimePath } from '../../paths.ts';
import { startModuleWorker } from '../../worker-thread.ts';
import type { ExtractedDocument } from '../types.ts';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
import { workerOutputSchema } from './worker-protocol.ts';

/** {@link ExtractLimits}, plus what the worker may spend. */
export interface WorkerLimits extends ExtractLimits {
  /** Wall-clock time for the whole extraction, worker start included. */
  readonly timeoutMs: number;
  /** The worker's old-generation heap cap (V8 `maxOldGenerationSizeMb`). */
  readonly maxHeapMb: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { ...DEFAULT_EXTRACT_LIMITS, timeoutMs: 60_000, maxHeapMb: 512 };

/** The worker's script, where this code runs (the TypeScript source or its build). */
const ENTRY = runtimePath('ingest/extract/worker-entry.ts');

/** Libraries the extractors import, loaded in a worker from the sources before tsx's loader (worker-thread.ts). */
const LIBRARIES = ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs', 'mammoth', 'linkedom', '@mozilla/readability', 'zod'];

/** Starts the worker, with the heap cap of `limits`. */
function startWorker(workerData: unknown, limits: WorkerLimits): Worker {
  // No inherited Node flags: the parent's (`--input-type`, a loader, V8 heap flags) are not the worker's business.
  return startModuleWorker(ENTRY, { workerData, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } }, LIBRARIES);
}

/**
 * Runs {@link extractDocument} on `bytes` in a worker thread. Resolves with
 * the document; rejects with the worker's own {@link IngestError} (same file,
 * problem and detail), with an IngestError 'timeout' when the time limit
 * passes or 'too-large' when the heap cap is reached (the worker is stopped
 * either way), and with a plain Error for a bug in extraction.
 */
export function extractInWorker(bytes: Uint8Array, file: string, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): Promise<ExtractedDocument> {
  const { timeoutMs, maxHeapMb, ...extractLimits } = limits;
  return new Promise<ExtractedDocument>((resolve, reject) => {
    const worker = startWorker({ bytes, file, limits: extractLimits }, limits);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The worker has posted its one message or failed: stop it either way (a no-op once it has exited).
      void worker.terminate().finally(outcome);
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(
          new IngestError(
            file,
            'timeout',
            `reading it took longer than ${timeoutMs / 1000} s and was stopped: the file may be malformed; try exporting it again (e.g. print it to PDF).`,
          ),
        ),
      );
    }, timeoutMs);
    worker.once('message', (message: unknown) => {
      const parsed = workerOutputSchema.safeParse(message);
      if (!parsed.success)
        return settle(() => reject(new InternalError(`policy-bot: the extraction worker answered with an unexpected message: ${parsed.error.message}`)));
      const output = parsed.data;
      if (output.kind === 'document') return settle(() => resolve(output.document));
      if (output.kind === 'refused') return settle(() => reject(new IngestError(output.file, output.problem, output.detail)));
      const bug = new InternalError(`policy-bot: extraction failed in its worker: ${output.message}`);
      if (output.stack !== undefined) bug.stack = output.stack;
      settle(() => reject(bug));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return settle(() =>
          reject(
            new IngestError(
              file,
              'too-large',
              `reading it needed more than ${maxHeapMb} MB of memory and was stopped: split the document, or raise the limit.`,
            ),
          ),
        );
      }
      settle(() => reject(error));
    });
    worker.once('exit', (code) => settle(() => reject(new InternalError(`policy-bot: the extraction worker exited (code ${code}) without an answer`))));
  });
}
