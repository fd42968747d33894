/**
 * Builds a knowledge base in a worker thread (worker.ts), so that the
 * serving thread keeps answering while the folder is read, chunked, indexed
 * and its facts extracted: all it receives is the packed form, by transfer.
 * Runs the worker from the same place as this code: the TypeScript sources
 * through tsx (development, tests) or the build in dist/ (`npm start`).
 */
import type { BuildOptions } from '../build.ts';
import { BuildFailedError, KnowledgeError } from '../errors.ts';
import type { LogLevel } from '../log.ts';
import { runtimePath } from '../paths.ts';
import { startModuleWorker } from '../worker-thread.ts';
import type { PackedKnowledge } from './packed.ts';

/** The worker's entry, where this code runs. */
export const WORKER_ENTRY = runtimePath('store/worker.ts');

/** What the worker posts: log lines as it goes, then one outcome. */
export type WorkerMessage =
  | { readonly type: 'log'; readonly line: string }
  | { readonly type: 'built'; readonly packed: PackedKnowledge }
  | { readonly type: 'invalid'; readonly file: string; readonly field: string; readonly expected: string }
  | { readonly type: 'failed'; readonly message: string; readonly stack: string };

const LEVEL_NAMES: Record<number, LogLevel> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Passes a pino line logged in the worker to `logger` at its level. */
function relay(logger: BuildOptions['logger'], line: string): void {
  const { level, msg, ...rest } = JSON.parse(line) as { level: number; msg?: string };
  const name = LEVEL_NAMES[level];
  if (name !== undefined && name !== 'silent') logger[name]({ ...rest, thread: 'build' }, msg ?? '');
}

/**
 * Builds `options`' knowledge base in a worker thread and resolves to its
 * packed form. Rejects with a KnowledgeError for an invalid corpus, a
 * BuildFailedError for anything else.
 */
export function buildOffThread(options: BuildOptions): Promise<PackedKnowledge> {
  const { logger } = options;
  return new Promise((resolve, reject) => {
    const workerData = {
      knowledgeDir: options.knowledgeDir,
      cacheDir: options.cacheDir,
      logLevel: logger.level as LogLevel,
      versions: options.versions,
      maxDocumentBytes: options.maxDocumentBytes,
    };
    const worker = startModuleWorker(WORKER_ENTRY, { workerData });
    let settled = false;
    const settle = (done: () => void): void => {
      if (settled) return;
      settled = true;
      done();
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'log':
          relay(logger, message.line);
          return;
        case 'built':
          settle(() => resolve(message.packed));
          return;
        case 'invalid':
          settle(() => reject(new KnowledgeError(message.file, message.field, message.expected)));
          return;
        case 'failed':
          settle(() => reject(Object.assign(new BuildFailedError(`policy-bot: the knowledge build failed: ${message.message}`), { stack: message.stack })));
      }
    });
    worker.on('error', (error) => settle(() => reject(new BuildFailedError(`policy-bot: the knowledge build failed: ${error.message}`))));
    worker.on('exit', (code) => settle(() => reject(new BuildFailedError(`policy-bot: the build worker exited (code ${code}) before it finished`))));
  });
}
