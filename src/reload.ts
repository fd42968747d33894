/**
 * Knowledge reloads. The serving engine is held by an {@link EngineHolder};
 * a reload builds a complete new knowledge base beside the old one, in a
 * child process (store/build-process.ts), and the serving thread only adopts
 * the packed result and swaps it in, when the whole folder validated. A
 * query always runs on one engine, never on a half-built one; a failed
 * reload keeps the old engine serving and reports the file, field and
 * reason. `/reload`, the folder watcher and ingest all reload through here.
 */
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { type BuildOptions, loadKnowledgeBase } from './build.ts';
import { cacheFilesFor } from './store/cache-files.ts';
import { Engine } from './engine.ts';
import { InternalError, KnowledgeError } from './errors.ts';
import type { Logger } from './log.ts';
import { watchServingThread } from './serving-watch.ts';
import { adoptCooperatively, type KnowledgeBase } from './store/adopt.ts';
import { prepareDocumentChanges } from './store/apply-changes.ts';
import { runCooperatively } from './steps.ts';
import { corpusAfter } from './store/build-changes.ts';
import { type BuildResult, buildInChildProcess } from './store/build-process.ts';
import { manifestOf, type ServedManifest } from './store/changes.ts';
import { partKeys, STAGE_VERSIONS } from './store/versions.ts';

/**
 * How long after a swap the serving thread's measurement (serving-watch.ts)
 * ends: its event-loop histogram (10 ms resolution) records a turn's delay
 * only when its timer next fires, so a measurement stopped in the swap's
 * turn left that turn out (at 100k it was the longest, 0.3 s, and the log
 * said 0.12).
 */
const SWAP_MEASURED_AFTER_MS = 25;

/** What a reload did. */
export type ReloadOutcome =
  | { readonly ok: true; readonly passages: number; readonly documents: number; readonly ms: number; readonly changed: boolean }
  | { readonly ok: false; readonly file: string; readonly field: string; readonly reason: string; readonly message: string };

/**
 * Builds a knowledge base in packed form (a child process by default), and
 * calls `built` (if given) when the build is done and only handing it over
 * is left. Given what is served now (`served`), it may hand back only the
 * changes to it, when only documents changed. Rejects with a KnowledgeError
 * for an invalid corpus.
 */
export type KnowledgeBuilder = (options: BuildOptions, built?: () => void, served?: ServedManifest) => Promise<BuildResult>;

/** Where and how the holder builds. */
export interface HolderOptions extends BuildOptions {
  /** Builds for reloads; tests pass one with hooks to order a build's steps against other events. */
  readonly builder?: KnowledgeBuilder;
}

/** Options of {@link EngineHolder.watch}. */
export interface WatchOptions {
  /** Quiet time after the last change before reloading, so that saving several files reloads once. */
  readonly debounceMs?: number;
  /** Called with the outcome of every reload the watcher started. */
  readonly onReload?: (outcome: ReloadOutcome) => void;
}

/** Holds the engine that serves now, and replaces it atomically on reload. */
export class EngineHolder {
  private engine: Engine;
  /** The build running now, if any. */
  private running: Promise<ReloadOutcome> | undefined;
  /** The one build queued after it, if a reload was asked for while it ran. */
  private queued: Promise<ReloadOutcome> | undefined;
  private readonly builder: KnowledgeBuilder;

  constructor(
    initial: Engine,
    private readonly options: HolderOptions,
  ) {
    this.engine = initial;
    this.builder = options.builder ?? buildInChildProcess;
  }

  /** Opens the knowledge folder (in this thread: there is nothing to serve yet) and holds the engine built from it. Throws when it does not validate. */
  static async open(options: HolderOptions): Promise<EngineHolder> {
    return new EngineHolder(new Engine((await loadKnowledgeBase(options)).kb), options);
  }

  /** The engine serving now. Take it once per request and use that one throughout. */
  get current(): Engine {
    return this.engine;
  }

  /**
   * Rebuilds from the knowledge folder and swaps the new engine in if it
   * validated. A reload asked for while a build runs is one more build
   * after it (that build may have read the folder before the change that
   * asked); any more asked for meanwhile share that one. Never rejects:
   * the outcome says what was wrong.
   */
  reload(): Promise<ReloadOutcome> {
    if (this.running === undefined) return this.start();
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<ReloadOutcome> {
    const run = this.rebuild().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async rebuild(): Promise<ReloadOutcome> {
    const started = performance.now();
    const { logger } = this.options;
    const watch = watchServingThread();
    try {
      let handedOver = false;
      const serving = this.engine.kb;
      const built = await this.builder(
        this.options,
        () => {
          handedOver = true;
          watch.phase('build');
        },
        manifestOf(serving.corpus, serving.passages, serving.drift),
      );
      // The serving thread's part of a hand-over (reading the build's file) is measured apart, where there is one.
      watch.phase(handedOver ? 'handOver' : 'build');
      // All the serving thread does with a build, a few milliseconds at a time so that interactions are answered in
      // between: prepare the update of what it serves for the changed documents, then update the index in one turn; or
      // adopt the packed parts of a whole build (no reading, hashing or validating the folder).
      let next: Engine;
      if ('changes' in built) {
        const { corpus, removedDocIds, passages } = built.changes;
        const nextCorpus = corpusAfter(serving.corpus, corpus);
        // The build process writes the whole corpus's facts there after the hand-over; the update serves them from then on.
        const wholeFacts =
          this.options.cacheDir === false
            ? undefined
            : {
                file: cacheFilesFor(this.options.cacheDir, this.options.knowledgeDir).facts,
                key: partKeys(nextCorpus.hash, this.options.versions ?? STAGE_VERSIONS).facts,
              };
        try {
          const commit = await runCooperatively(prepareDocumentChanges(serving, nextCorpus, new Set(removedDocIds), passages, wholeFacts));
          next = await this.committed(commit);
        } finally {
          // Applied or refused: the build process may take the cores for the cache now.
          built.applied?.();
        }
      } else {
        next = new Engine(await adoptCooperatively(built, logger));
      }
      const changed = next.kb.corpus.hash !== serving.corpus.hash;
      this.engine = next;
      const outcome = {
        ok: true as const,
        passages: next.kb.passages.length,
        documents: next.kb.corpus.documents.length,
        ms: Math.round(performance.now() - started),
        changed,
      };
      // Logged once the swap's own turn is measured: the histogram records a turn's delay when its timer next fires.
      const { built: builtParts, origin } = next.kb;
      setTimeout(() => logger.info({ ...outcome, built: builtParts, origin, servingThread: watch.stop() }, 'knowledge reloaded'), SWAP_MEASURED_AFTER_MS);
      return outcome;
    } catch (error) {
      watch.stop();
      if (error instanceof KnowledgeError) {
        logger.warn({ file: error.file, field: error.field, reason: error.expected }, 'knowledge reload refused; the previous corpus keeps serving');
        return { ok: false, file: error.file, field: error.field, reason: error.expected, message: error.message };
      }
      logger.error({ err: error }, 'knowledge reload failed; the previous corpus keeps serving');
      const reason = `a build that completes (${error instanceof Error ? error.message : String(error)})`;
      return { ok: false, file: this.options.knowledgeDir, field: '', reason, message: `policy-bot: ${this.options.knowledgeDir}: ${reason}` };
    }
  }

  /**
   * The engine over `commit()`'s knowledge base. An update that fails once
   * it has begun changing the index (a bug: everything fallible ran before)
   * leaves the served index half changed, so the served engine is not kept:
   * the folder is built whole and that is served.
   */
  private async committed(commit: () => KnowledgeBase): Promise<Engine> {
    try {
      return new Engine(commit());
    } catch (error) {
      this.options.logger.error({ err: error }, 'the update in place failed; building the knowledge base whole');
      const built = await this.builder(this.options);
      if ('changes' in built) throw new InternalError('policy-bot: a build asked for whole handed back changes');
      return new Engine(await adoptCooperatively(built, this.options.logger));
    }
  }

  /**
   * Watches the knowledge folder and reloads after changes settle. The
   * folder is watched by its path, not its inode: its parent is watched
   * too, and when the folder is replaced (renamed over, deleted and made
   * again, as deploy tools do) the watch moves to the new one and a reload
   * follows. Returns a function that stops watching.
   */
  watch(options: WatchOptions = {}): () => void {
    const { debounceMs = 500, onReload = () => {} } = options;
    const logger: Logger = this.options.logger;
    const dir = resolve(this.options.knowledgeDir);
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const schedule = (): void => {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void this.reload().then(onReload);
      }, debounceMs);
    };
    let inner: FSWatcher | undefined;
    const watchFolder = (): void => {
      inner?.close();
      inner = undefined;
      try {
        inner = watch(dir, { recursive: true }, schedule);
        inner.on('error', (error) => {
          // The folder went away under the watcher: the parent's watcher sees it come back.
          logger.warn({ dir, err: error }, 'knowledge watcher lost the folder');
          inner?.close();
          inner = undefined;
        });
      } catch (error) {
        // Not there (mid-replacement): the parent's watcher calls again when it is.
        logger.warn({ dir, err: error }, 'knowledge folder cannot be watched now');
      }
    };
    watchFolder();
    const name = basename(dir);
    const outer = watch(dirname(dir), (_event, changed) => {
      if (changed !== name) return;
      watchFolder();
      schedule();
    });
    outer.on('error', (error) => logger.error({ dir: dirname(dir), err: error }, 'knowledge watcher failed'));
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      inner?.close();
      outer.close();
    };
  }
}
