/**
 * The build process (build-process.ts forks it): loads the knowledge folder,
 * builds or reads each part through the store, checks that the parts fit
 * the corpus (adopting them here, so the serving process never finds out
 * too late), writes the packed form to a hand-over file (packed-file.ts)
 * and says where over IPC. Its log lines go to the serving process's
 * logger. A process of its own, not a thread: its garbage collection (and
 * V8's helper threads for it) is not the serving thread's, and all of it
 * runs at the lowest CPU priority.
 */
import { readdirSync } from 'node:fs';
import { getPriority, platform, setPriority } from 'node:os';
import { pino } from 'pino';
import { z } from 'zod';
import { InternalError, KnowledgeError } from '../errors.ts';
import { LOG_LEVELS } from '../log.ts';
import { encodeBody } from './cache-format.ts';
import { packCorpus } from './corpus-pack.ts';
import type { PackedKnowledge } from './packed.ts';
import { writePackedFile } from './packed-file.ts';
import type { BuildMessage } from './build-process.ts';
import { loadChanges } from './build-changes.ts';
import type { ServedManifest } from './changes.ts';

/** What to build: the one argument the serving process passes, as JSON. */
export const buildJobSchema = z.strictObject({
  knowledgeDir: z.string(),
  cacheDir: z.union([z.string(), z.literal(false)]),
  logLevel: z.enum(LOG_LEVELS),
  maxDocumentBytes: z.number().positive().optional(),
  nice: z.number().int().min(0).max(19),
  versions: z.strictObject({ knowledge: z.number(), text: z.number(), chunking: z.number(), index: z.number(), facts: z.number() }).optional(),
  /** The serving process sends what it serves (a 'served' message) and takes an update in place when only documents changed. */
  incremental: z.boolean(),
});
export type BuildJob = z.infer<typeof buildJobSchema>;

const send = process.send?.bind(process);
if (send === undefined) throw new InternalError('policy-bot: store/build-main.ts runs as a child process with an IPC channel (see build-process.ts)');
/** Sends `message` to the serving process; resolves once it is written to the channel. */
const post = (message: BuildMessage): Promise<void> =>
  new Promise((resolve) => {
    send(message, undefined, undefined, () => resolve());
  });

// The serving process went away (stopped, crashed): nobody will read this build.
process.on('disconnect', () => process.exit(0));

const job = buildJobSchema.parse(JSON.parse(process.argv[2] ?? 'null'));
const logger = pino({ level: job.logLevel, base: null }, { write: (line: string) => void post({ type: 'log', line }) });
lowerEveryThreadsPriority(job.nice);

/**
 * Runs this whole process at `nice` (19 unless configured: the lowest CPU
 * priority), so that on a busy machine the serving process gets a core first. On Linux a nice value
 * belongs to a thread and a new thread takes its creator's: V8's helper
 * threads (garbage collection, compilation) started before this line, so
 * every thread listed in /proc/self/task is lowered, and the ones started
 * later (libuv's pool) inherit it. The serving process also lowers this
 * process's main thread as soon as it is forked. Elsewhere a nice value is
 * the process's, and one call does it.
 */
function lowerEveryThreadsPriority(nice: number): void {
  try {
    if (platform() !== 'linux') {
      setPriority(nice);
      return;
    }
    const threads = readdirSync('/proc/self/task').map(Number);
    for (const tid of threads) setPriority(tid, nice);
    logger.debug({ nice: threads.map((tid) => getPriority(tid)) }, 'the build runs at its priority, every thread');
  } catch (error) {
    // Lowering a priority needs no privilege; if a sandbox refuses it anyway, the build still runs, at equal priority.
    logger.warn({ err: error }, 'the build could not lower its priority; it runs beside the serving process at equal priority');
  }
}

// The build (search, facts, the store) is imported when needed: an update in place needs only the loader and the
// chunker before it hands over, and a build process that starts sooner hands over sooner.

/** What the serving process sends: what it serves (first, when the job is incremental), then that it has applied the changes. */
type ServingMessage = { readonly type: 'served'; readonly manifest: ServedManifest | null } | { readonly type: 'applied' };

/** Resolves with the serving process's first message of type `type` (undefined after `timeoutMs`, when given). */
function messageOf<T extends ServingMessage['type']>(type: T, timeoutMs?: number): Promise<Extract<ServingMessage, { type: T }> | undefined> {
  return new Promise((resolve) => {
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => done(undefined), timeoutMs);
    const listener = (message: ServingMessage): void => {
      if (message.type === type) done(message as Extract<ServingMessage, { type: T }>);
    };
    const done = (message: Extract<ServingMessage, { type: T }> | undefined): void => {
      clearTimeout(timer);
      process.off('message', listener);
      resolve(message);
    };
    process.on('message', listener);
  });
}

/** How long the cache waits for the serving process to have applied the changes, at most. */
const APPLIED_WAIT_MS = 10_000;

try {
  const options = {
    knowledgeDir: job.knowledgeDir,
    cacheDir: job.cacheDir,
    logger,
    ...(job.versions === undefined ? {} : { versions: job.versions }),
    ...(job.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: job.maxDocumentBytes }),
  };
  const served = job.incremental ? ((await messageOf('served'))?.manifest ?? undefined) : undefined;
  const started = performance.now();
  if (served !== undefined) {
    const update = await loadChanges(options, served);
    if ('changes' in update) {
      const applied = messageOf('applied', APPLIED_WAIT_MS);
      await post({ type: 'changes', changes: update.changes });
      logger.debug({ ms: Math.round(performance.now() - started), passages: update.changes.passages.length }, 'build: changes handed over');
      // The serving process has what it needs. The cache is brought up to this corpus for the next start, here, at
      // this process's priority, once the serving process has applied the changes (not to take a core from it
      // meanwhile); nobody waits for it, and the next build ends this process if it is still at it.
      await applied;
      const { updateCache } = await import('./cache-update.ts');
      const cache = await updateCache(options, served, update.changes);
      if ('whole' in cache) {
        logger.info({ reason: cache.whole }, "the cache is not the served knowledge base's; writing it whole");
        const { buildPacked, loadCorpusOf } = await import('../build.ts');
        await buildPacked(options, true, await loadCorpusOf(options));
      } else {
        logger.debug({ ms: Math.round(performance.now() - started), written: cache.written }, 'build: the cache updated in place');
      }
      process.disconnect();
      process.exit(0);
    }
    logger.info({ reason: update.whole }, 'building the knowledge base whole');
  }
  const { loadKnowledgeBase } = await import('../build.ts');
  const { packed } = await loadKnowledgeBase(options);
  // The serving thread unpacks the corpus a document at a time (corpus-pack.ts), and the facts only when first asked for.
  const handed = 'packed' in packed.corpus ? packed.corpus : { packed: packCorpus(packed.corpus) };
  const facts = packed.facts.kind === 'packed' ? { kind: 'body' as const, body: new Uint8Array(encodeBody(packed.facts.facts)) } : packed.facts;
  const out: PackedKnowledge = { ...packed, corpus: handed, facts };
  await post({ type: 'built', file: await writePackedFile(process.ppid, out) });
} catch (error) {
  if (error instanceof KnowledgeError) await post({ type: 'invalid', file: error.file, field: error.field, expected: error.expected });
  else
    await post({ type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? '') : '' });
}
process.disconnect();
