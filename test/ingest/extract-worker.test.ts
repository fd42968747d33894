import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.ts';
import { DEFAULT_WORKER_LIMITS, extractDocument, extractInWorker } from '../../src/ingest/extract/index.ts';
import { encryptedPdf } from './fixtures/encrypted-pdf.ts';
import { twoPagePdf } from './fixtures/pdf.ts';
import { refusal, utf8 } from './support.ts';

// Each case starts a worker thread that loads the extractors from the TypeScript sources: seconds on a busy machine.
const SLOW = 90_000;

describe('extraction in a worker thread (from the TypeScript sources, as tests and npm run dev run it)', () => {
  it(
    'gives the same document as extraction in this thread',
    async () => {
      const pdf = await twoPagePdf();
      expect(await extractInWorker(pdf, 'strategy.pdf')).toEqual(await extractDocument(pdf, 'strategy.pdf'));
    },
    SLOW,
  );

  it(
    'hands back a refusal as the same IngestError: file, problem and detail',
    async () => {
      const inThread = await refusal(extractDocument(encryptedPdf(), 'annex.pdf'));
      const fromWorker = await refusal(extractInWorker(encryptedPdf(), 'annex.pdf'));
      expect(fromWorker).toBeInstanceOf(IngestError);
      expect({ file: fromWorker.file, problem: fromWorker.problem, detail: fromWorker.detail, message: fromWorker.message }).toEqual({
        file: inThread.file,
        problem: 'encrypted',
        detail: inThread.detail,
        message: inThread.message,
      });
    },
    SLOW,
  );

  it(
    'applies the limits it is given inside the worker',
    async () => {
      const error = await refusal(extractInWorker(utf8('x'.repeat(100)), 'notes.txt', { ...DEFAULT_WORKER_LIMITS, maxBytes: 10 }));
      expect(error.problem).toBe('too-large');
      expect(error.detail).toMatch(/100 bytes, over the limit of 10 bytes/u);
    },
    SLOW,
  );

  it(
    'stops a worker that runs past its time limit and says so',
    async () => {
      // No worker starts, loads its modules and answers within 1 ms: the limit always passes first.
      const error = await refusal(extractInWorker(await twoPagePdf(), 'slow.pdf', { ...DEFAULT_WORKER_LIMITS, timeoutMs: 1 }));
      expect(error.problem).toBe('timeout');
      expect(error.file).toBe('slow.pdf');
      expect(error.detail).toMatch(/longer than 0\.001 s and was stopped/u);
    },
    SLOW,
  );

  it(
    'stops a worker that reaches its heap cap and refuses the file as too large',
    async () => {
      const limits = { ...DEFAULT_WORKER_LIMITS, maxHeapMb: 48 };
      // Under the same cap a small file goes through: the cap, not the worker's start, is what stops the big one.
      expect((await extractInWorker(utf8('a line\n'.repeat(1000)), 'small.txt', limits)).lines).toHaveLength(1000);
      // 4 MB of one-letter lines become two million line objects: far more than 48 MB of heap.
      const error = await refusal(extractInWorker(utf8('a\n'.repeat(2_000_000)), 'lines.txt', limits));
      expect(error.problem).toBe('too-large');
      expect(error.detail).toMatch(/more than 48 MB of memory and was stopped/u);
    },
    SLOW,
  );
});
