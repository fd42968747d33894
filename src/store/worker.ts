/**
 * The worker thread a knowledge base is built in (off-thread.ts starts it):
 * it loads the folder, builds or reads each part through the store, checks
 * that the parts fit the corpus (adopting them here, so the serving thread
 * never finds out too late), and hands the packed form back by transfer.
 * Its log lines go to the serving thread's logger.
 */
import { platform, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { z } from 'zod';
import { loadKnowledgeBase } from '../build.ts';
import { InternalError, KnowledgeError } from '../errors.ts';
import { LOG_LEVELS } from '../log.ts';
import { encodeBody } from './cache-format.ts';
import { packCorpus } from './corpus-pack.ts';
import { buffersOf, type PackedKnowledge } from './packed.ts';
import type { WorkerMessage } from './off-thread.ts';

const jobSchema = z.strictObject({
  knowledgeDir: z.string(),
  cacheDir: z.union([z.string(), z.literal(false)]),
  logLevel: z.enum(LOG_LEVELS),
  maxDocumentBytes: z.number().positive().optional(),
  versions: z.strictObject({ knowledge: z.number(), text: z.number(), chunking: z.number(), index: z.number(), facts: z.number() }).optional(),
});

const port = parentPort;
if (port === null) throw new InternalError('policy-bot: store/worker.ts runs as a worker thread (see off-thread.ts)');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const job = jobSchema.parse(workerData);
const logger = pino({ level: job.logLevel, base: null }, { write: (line: string) => post({ type: 'log', line }) });
lowerThisThreadsPriority();
/**
 * Runs this build at the lowest CPU priority, so that on a busy machine the serving thread gets a core before it: a
 * reload measured at 100k passages spent minutes beside it at equal priority. On Linux a nice value belongs to a
 * thread (setpriority with pid 0 changes the calling thread only), so this lowers the build and not the serving
 * thread of the same process; elsewhere it would lower the whole process, so it is left as it is.
 */
function lowerThisThreadsPriority(): void {
  if (platform() !== 'linux') return;
  try {
    setPriority(19);
  } catch (error) {
    // Lowering a priority needs no privilege; if a sandbox refuses it anyway, the build still runs, at equal priority.
    logger.warn({ err: error }, 'the build could not lower its priority; it runs beside the serving thread at equal priority');
  }
}

try {
  const { packed } = await loadKnowledgeBase({
    knowledgeDir: job.knowledgeDir,
    cacheDir: job.cacheDir,
    logger,
    ...(job.versions === undefined ? {} : { versions: job.versions }),
    ...(job.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: job.maxDocumentBytes }),
  });
  // The corpus and extracted facts travel as buffers (transferred, not copied): the serving thread unpacks the
  // corpus a document at a time (corpus-pack.ts), and the facts only when first asked for.
  const corpus = 'packed' in packed.corpus ? packed.corpus : { packed: packCorpus(packed.corpus) };
  const facts = packed.facts.kind === 'packed' ? { kind: 'body' as const, body: new Uint8Array(encodeBody(packed.facts.facts)) } : packed.facts;
  const out: PackedKnowledge = { ...packed, corpus, facts };
  post({ type: 'built', packed: out }, buffersOf(out));
} catch (error) {
  if (error instanceof KnowledgeError) post({ type: 'invalid', file: error.file, field: error.field, expected: error.expected });
  else post({ type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? '') : '' });
}
