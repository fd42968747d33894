/**
 * The worker thread of {@link extractInWorker}: extracts the one file it is
 * given and posts back one message (the document, the refusal as its parts,
 * or an unexpected failure with its stack).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError, InternalError } from '../../errors.ts';
import { extractDocument } from './index.ts';
import { type WorkerOutput, workerInputSchema } from './worker-protocol.ts';

async function run(): Promise<WorkerOutput> {
  try {
    const input = workerInputSchema.parse(workerData);
    return { kind: 'document', document: await extractDocument(input.bytes, input.file, input.limits) };
  } catch (error) {
    if (error instanceof IngestError) return { kind: 'refused', file: error.file, problem: error.problem, detail: error.detail };
    const failure = error instanceof Error ? error : new Error(String(error));
    return { kind: 'failed', message: failure.message, ...(failure.stack === undefined ? {} : { stack: failure.stack }) };
  }
}

if (parentPort === null) throw new InternalError('policy-bot: worker-entry.ts runs only as a worker thread (see extractInWorker)');
parentPort.postMessage(await run());
