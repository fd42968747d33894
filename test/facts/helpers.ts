/** Shared set-up for the facts tests: engines over the seed and the fictional corpus, built without a cache. */
import { fileURLToPath } from 'node:url';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';

export const SEED_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
export const FICTIONAL_DIR = fileURLToPath(new URL('../fixtures/fictional', import.meta.url));

/** An engine over `dir`, built fresh (no cache read or written). */
export function openEngine(dir: string): Promise<Engine> {
  return Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
}
