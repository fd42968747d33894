/** Engines over the shipped knowledge folder (or another), without a cache, for tests. */
import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';

let seed: Promise<Engine> | undefined;

/** One shared engine over the shipped corpus (tests must not mutate it). */
export function seedEngine(): Promise<Engine> {
  seed ??= Engine.open({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
  return seed;
}

/** A fresh copy of the shipped knowledge folder in a temporary directory, to break or extend. */
export async function copyOfKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-knowledge-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** An empty temporary directory. */
export function tempDir(prefix = 'policy-bot-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
