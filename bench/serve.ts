/**
 * The serving half of the benchmark, run in a fresh process so that its
 * figures are a bot's: cold start from the cache (the real path,
 * buildKnowledgeBase), then `ask` end to end over the query set, the facts
 * commands, the adversarial inputs, and the RSS after the cold start and
 * after the queries. Reads a job (JSON) on stdin, writes one JSON
 * object on stdout.
 */
import { buildKnowledgeBase } from '../src/build.ts';
import { Engine } from '../src/engine.ts';
import { silentLogger } from '../src/log.ts';
import { latency, measureRounds, rssMb, timed, warmUp, type Latency } from './stats.ts';

/** What the parent asks for. */
export interface ServeJob {
  readonly knowledgeDir: string;
  readonly cacheDir: string;
  /** Rounds of measured queries (measureRounds), each other queries. */
  readonly queryRounds: readonly (readonly string[])[];
  readonly warmup: readonly string[];
  readonly adversarial: readonly { name: string; text: string }[];
  readonly actors: readonly string[];
}

/** What the child reports. */
export interface ServeReport {
  readonly origin: string;
  readonly cache_load_ms: number;
  /** RSS after the queries (and facts and adversarial inputs) ran. */
  readonly rss_mb: number;
  /** RSS right after the cold start, before any query. */
  readonly rss_loaded_mb: number;
  readonly ask: Latency;
  /** How many rounds of queries were measured. */
  readonly rounds: number;
  /** How many of the first round's queries were answered (not abstained). */
  readonly answered: number;
  readonly facts: Record<string, Latency | string>;
  readonly adversarial: readonly { name: string; chars: number; ms: number; outcome: string }[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Times the facts commands over every actor: its profile, its timeline, and it compared with the next actor. */
function measureFacts(engine: Engine, actors: readonly string[]): Record<string, Latency | string> {
  const calls: Record<string, (actor: string, other: string) => unknown> = {
    actorProfile: (a) => engine.actorProfile(a),
    timeline: (a) => engine.timeline({ actors: [a] }),
    compare: (a, b) => engine.compare([a, b]),
  };
  const out: Record<string, Latency | string> = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      out[name] = latency(actors.map((a, i) => timed(() => call(a, actors[(i + 1) % actors.length] ?? a)).ms));
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
const rssLoaded = rssMb();
warmUp(job.warmup, (q) => engine.ask(q));
let answered = 0;
let asked = 0;
const firstRound = job.queryRounds[0]?.length ?? 0;
const measured = measureRounds(job.queryRounds, (q) => {
  const value = engine.ask(q);
  if (asked++ < firstRound && !value.abstained) answered++;
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
  rss_loaded_mb: rssLoaded,
  ask: measured.latency,
  rounds: measured.rounds,
  answered,
  facts,
  adversarial,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
