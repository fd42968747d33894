/**
 * Knowledge reloads. The serving engine is held by an {@link EngineHolder};
 * a reload builds a complete new engine beside the old one and swaps it in
 * only when the whole folder validated. A query always runs on one engine,
 * never on a half-built one; a failed reload keeps the old engine serving
 * and reports the file, field and reason.
 */
import { watch, type FSWatcher } from 'node:fs';
import { Engine } from './engine.ts';
import type { BuildOptions } from './build.ts';
import { KnowledgeError } from './errors.ts';
import type { Logger } from './log.ts';

/** What a reload did. */
export type ReloadOutcome =
  | { readonly ok: true; readonly passages: number; readonly documents: number; readonly ms: number; readonly changed: boolean }
  | { readonly ok: false; readonly file: string; readonly field: string; readonly reason: string; readonly message: string };

/** Holds the engine that serves now, and replaces it atomically on reload. */
export class EngineHolder {
  private engine: Engine;
  private pending: Promise<ReloadOutcome> | undefined;

  constructor(
    initial: Engine,
    private readonly options: BuildOptions,
  ) {
    this.engine = initial;
  }

  /** Opens the knowledge folder and holds the engine built from it. Throws when it does not validate. */
  static async open(options: BuildOptions): Promise<EngineHolder> {
    return new EngineHolder(await Engine.open(options), options);
  }

  /** The engine serving now. Take it once per request and use that one throughout. */
  get current(): Engine {
    return this.engine;
  }

  /**
   * Rebuilds from the knowledge folder and swaps the new engine in if it
   * validated. Concurrent calls share one rebuild. Never throws for an
   * invalid corpus: the outcome says what was wrong.
   */
  reload(): Promise<ReloadOutcome> {
    this.pending ??= this.rebuild().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async rebuild(): Promise<ReloadOutcome> {
    const started = performance.now();
    const logger = this.options.logger;
    try {
      const next = await Engine.open(this.options);
      const changed = next.kb.corpus.hash !== this.engine.kb.corpus.hash;
      this.engine = next;
      const outcome = {
        ok: true as const,
        passages: next.kb.passages.length,
        documents: next.kb.corpus.documents.length,
        ms: Math.round(performance.now() - started),
        changed,
      };
      logger.info(outcome, 'knowledge reloaded');
      return outcome;
    } catch (error) {
      if (error instanceof KnowledgeError) {
        logger.warn({ file: error.file, field: error.field, reason: error.expected }, 'knowledge reload refused; the previous corpus keeps serving');
        return { ok: false, file: error.file, field: error.field, reason: error.expected, message: error.message };
      }
      throw error;
    }
  }

  /**
   * Watches the knowledge folder and reloads after changes settle
   * (`debounceMs` of quiet), so that saving several files reloads once.
   * Returns a function that stops watching.
   */
  watch(debounceMs = 500, onReload: (outcome: ReloadOutcome) => void = () => {}): () => void {
    const logger: Logger = this.options.logger;
    let timer: NodeJS.Timeout | undefined;
    const watcher: FSWatcher = watch(this.options.knowledgeDir, { recursive: true }, () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        this.reload().then(onReload, (error: unknown) => logger.error({ err: error }, 'knowledge reload failed'));
      }, debounceMs);
    });
    watcher.on('error', (error) => logger.error({ err: error }, 'knowledge watcher failed'));
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      watcher.close();
    };
  }
}
