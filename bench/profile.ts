/**
 * A profiling harness: `node --cpu-prof --import tsx bench/profile.ts N [rounds]`
 * writes a synthetic corpus of N passages, opens it through the cache, and
 * asks the benchmark's queries `rounds` times, so that the profile shows
 * where `ask` spends its time. bench/hot.ts summarises the profile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.ts';
import { silentLogger } from '../src/log.ts';
import { writeSyntheticKnowledge } from '../fixtures/synthetic/corpus.ts';
import { benchQueries } from '../fixtures/synthetic/queries.ts';

const size = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const root = await mkdtemp(join(tmpdir(), 'policy-bot-profile-'));
try {
  await writeSyntheticKnowledge(join(root, 'k'), size, 42);
  const open = () => Engine.open({ knowledgeDir: join(root, 'k'), cacheDir: join(root, 'c'), logger: silentLogger() });
  await open();
  const engine = await open();
  const queries = benchQueries(400, 43).map((q) => q.text);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const q of queries) engine.ask(q);
  process.stdout.write(`${((performance.now() - start) / (rounds * queries.length)).toFixed(3)} ms a query\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
