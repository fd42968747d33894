/**
 * The serving half of the benchmark, run in a fresh process so that its
 * figures are a bot's: cold start from the cache (the real path,
 * buildKnowledgeBase), then `ask` end to end over the query set, the facts
 * commands when the engine has them, the adversarial inputs, and the RSS
 * with everything loaded. Reads a job (JSON) on stdin, writes one JSON
 * object on stdout.
 */
import { buildKnowledgeBase } from '../src/build.ts';
import { Engine } from '../src/engine.ts';
import { silentLogger } from '../src/log.ts';
import { latency, rssMb, timed, type Latency } from './stats.ts';

/** What the parent asks for. */
export interface ServeJob {
  readonly knowledgeDir: string;
  readonly cacheDir: string;
  readonly queries: readonly string[];
  readonly warmup: readonly string[];
  readonly adversarial: readonly { name: string; text: string }[];
  readonly actors: readonly string[];
}

/** What the child reports. */
export interface ServeReport {
  readonly origin: string;
  readonly cache_load_ms: number;
  readonly rss_mb: number;
  readonly ask: Latency;
  readonly answered: number;
  readonly facts: Record<string, Latency | string>;
  readonly adversarial: readonly { name: string; chars: number; ms: number; outcome: string }[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Times a facts command over every actor if the engine has it (another branch adds them). */
function measureFacts(engine: Engine, actors: readonly string[]): Record<string, Latency | string> {
  const e = engine as unknown as Record<string, unknown>;
  const calls: Record<string, (f: (...args: unknown[]) => unknown, actor: string, other: string) => unknown> = {
    actorProfile: (f, a) => f.call(engine, a),
    timeline: (f, a) => f.call(engine, { actor: a }),
    compare: (f, a, b) => f.call(engine, [a, b]),
  };
  const out: Record<string, Latency | string> = {};
  for (const [name, call] of Object.entries(calls)) {
    const f = e[name];
    if (typeof f !== 'function') {
      out[name] = 'skipped: the engine has no such method on this branch';
      continue;
    }
    try {
      const times = actors.map((a, i) => timed(() => call(f as (...args: unknown[]) => unknown, a, actors[(i + 1) % actors.length] ?? a)).ms);
      out[name] = latency(times);
    } catch (error) {
      out[name] = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return out;
}

const job = JSON.parse(await readStdin()) as ServeJob;
const loadStart = performance.now();
const kb = await buildKnowledgeBase({ knowledgeDir: job.knowledgeDir, cacheDir: job.cacheDir, logger: silentLogger() });
const cacheLoadMs = performance.now() - loadStart;
const engine = new Engine(kb);
for (const q of job.warmup) engine.ask(q);
let answered = 0;
const times = job.queries.map((q) => {
  const { ms, value } = timed(() => engine.ask(q));
  if (!value.abstained) answered++;
  return ms;
});
const facts = measureFacts(engine, job.actors);
const adversarial = job.adversarial.map(({ name, text }) => {
  const start = performance.now();
  let outcome: string;
  try {
    const r = engine.ask(text);
    outcome = r.abstained ? `abstained (${r.reason ?? ''})` : `${r.total} answering${r.plan.shortened ? ', shortened' : ''}`;
  } catch (error) {
    outcome = `error: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { name, chars: text.length, ms: Math.round((performance.now() - start) * 100) / 100, outcome };
});
const report: ServeReport = {
  origin: kb.origin.from,
  cache_load_ms: Math.round(cacheLoadMs),
  rss_mb: rssMb(),
  ask: latency(times),
  answered,
  facts,
  adversarial,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
