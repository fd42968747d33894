/**
 * Builds a knowledge base in a child process (build-main.ts), so that the
 * serving thread keeps answering while the folder is read, chunked, indexed
 * and its facts extracted, and so that the build's garbage collection is
 * not the serving process's: a build thread shared the serving process's
 * heap machinery, and at 100k passages the serving thread's own major GCs
 * stalled it for seconds while the build ran. The child runs at the lowest
 * CPU priority unless configured otherwise (BUILD_NICE); what comes back is the packed form, in a hand-over file
 * read a few megabytes at a time between interactions (packed-file.ts).
 * Runs the child from the same place as this code: the TypeScript sources
 * through tsx (development, tests) or the build in dist/ (`npm start`).
 */
import type { ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type { BuildOptions } from '../build.ts';
import { DEFAULT_BUILD_NICE } from '../config.ts';
import { BuildFailedError, KnowledgeError } from '../errors.ts';
import type { LogLevel } from '../log.ts';
import { startModuleProcess } from '../module-process.ts';
import { runtimePath } from '../paths.ts';
import { runCooperatively } from '../steps.ts';
import type { BuildJob } from './build-main.ts';
import type { PackedKnowledge } from './packed.ts';
import type { PackedChanges } from './build-changes.ts';
import type { ServedManifest } from './changes.ts';
import { readPackedFileSteps, removeStaleHandovers } from './packed-file.ts';

/** The build process's entry, where this code runs. */
export const BUILD_ENTRY = runtimePath('store/build-main.ts');

/** What the build process sends: log lines as it goes, then one outcome. */
export type BuildMessage =
  | { readonly type: 'log'; readonly line: string }
  | { readonly type: 'built'; readonly file: string }
  | { readonly type: 'changes'; readonly changes: PackedChanges }
  | { readonly type: 'invalid'; readonly file: string; readonly field: string; readonly expected: string }
  | { readonly type: 'failed'; readonly message: string; readonly stack: string };

const LEVEL_NAMES: Record<number, LogLevel> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** The most of the child's standard error kept to explain a crash. */
const STDERR_KEPT = 4096;

/** Passes a pino line logged in the build process to `logger` at its level. */
function relay(logger: BuildOptions['logger'], line: string): void {
  const { level, msg, ...rest } = JSON.parse(line) as { level: number; msg?: string };
  const name = LEVEL_NAMES[level];
  if (name !== undefined && name !== 'silent') logger[name]({ ...rest, thread: 'build' }, msg ?? '');
}

/**
 * Builds `options`' knowledge base in a child process and resolves to its
 * packed form, read from the hand-over file between other work (`built` is
 * called when the child is done, before the reading). Rejects
 * with a KnowledgeError for an invalid corpus, a BuildFailedError for
 * anything else (the child's crash included, with what it printed).
 */
export function buildInChildProcess(options: BuildOptions, built?: () => void): Promise<PackedKnowledge>;
export function buildInChildProcess(options: BuildOptions, built?: () => void, served?: ServedManifest): Promise<BuildResult>;
export function buildInChildProcess(options: BuildOptions, built: () => void = () => {}, served?: ServedManifest): Promise<BuildResult> {
  const { logger } = options;
  endLingeringBuilds();
  const job: BuildJob = {
    incremental: served !== undefined,
    knowledgeDir: options.knowledgeDir,
    cacheDir: options.cacheDir,
    logLevel: logger.level as LogLevel,
    nice: options.nice ?? DEFAULT_BUILD_NICE,
    ...(options.versions === undefined ? {} : { versions: options.versions }),
    ...(options.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: options.maxDocumentBytes }),
  };
  const removed = removeStaleHandovers();
  if (removed.length > 0) logger.info({ removed }, 'removed the hand-over files of builds nobody read');
  return new Promise<string | { readonly changes: PackedChanges; readonly applied: () => void }>((resolve, reject) => {
    const child = startModuleProcess(BUILD_ENTRY, [JSON.stringify(job)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    if (served !== undefined) child.send({ type: 'served', manifest: served });
    try {
      // Lowered at once from here; the child lowers its other threads itself (build-main.ts).
      if (child.pid !== undefined) setPriority(child.pid, job.nice);
    } catch (error) {
      logger.warn({ err: error }, 'could not lower the build process priority');
    }
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_KEPT)));
    let settled = false;
    const settle = (done: () => void): void => {
      if (settled) return;
      settled = true;
      done();
    };
    const failed = (message: string): BuildFailedError => new BuildFailedError(`policy-bot: the knowledge build failed: ${message}`);
    child.on('message', (message: BuildMessage) => {
      switch (message.type) {
        case 'log':
          relay(logger, message.line);
          return;
        case 'built':
          settle(() => resolve(message.file));
          return;
        case 'changes':
          // The child goes on to bring the cache up to date; the next build ends it if it is still at it.
          lingering.add(child);
          child.once('exit', () => lingering.delete(child));
          settle(() =>
            resolve({
              changes: message.changes,
              applied: () => {
                if (child.connected) child.send({ type: 'applied' });
              },
            }),
          );
          return;
        case 'invalid':
          settle(() => reject(new KnowledgeError(message.file, message.field, message.expected)));
          return;
        case 'failed':
          settle(() => reject(Object.assign(failed(message.message), { stack: message.stack })));
      }
    });
    child.on('error', (error) => settle(() => reject(failed(error.message))));
    // Settled once the child has exited and its channel is closed, so that every message it sent has been read; not on
    // 'close', which also waits for its standard error, held open by tsx's esbuild service when run from the sources.
    let exited: string | undefined;
    const ended = (): void => {
      if (exited === undefined || child.connected) return;
      const said = stderr.trim();
      settle(() => reject(failed(`the build process exited (${exited}) before it finished${said === '' ? '' : `: ${said}`}`)));
    };
    child.on('exit', (code, signal) => {
      exited = signal ?? `code ${code}`;
      // Standard error may still be on its way: what arrived by the next turn is what is said.
      setImmediate(ended);
    });
    child.on('disconnect', ended);
  }).then<BuildResult>((got) => {
    built();
    return typeof got === 'string' ? runCooperatively(readPackedFileSteps(got)) : got;
  });
}

/**
 * What a build hands back: a whole knowledge base in packed form, or the
 * changes to a served one (build-changes.ts), with a function to call once
 * they are applied (the build process then goes on to the cache).
 */
export type BuildResult = PackedKnowledge | { readonly changes: PackedChanges; readonly applied?: () => void };

/** Build processes that handed over changes and are still writing the cache. */
const lingering = new Set<ChildProcess>();

/** Ends the build processes still writing the cache for an earlier update: a new build writes it again. */
function endLingeringBuilds(): void {
  for (const child of lingering) child.kill();
  lingering.clear();
}
