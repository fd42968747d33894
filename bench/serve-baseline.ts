/**
 * The baseline's serving half: plain MiniSearch (default options, or those
 * given) over the passages' texts, built and queried in a fresh process run
 * as ours is (serve.ts: the build in dist/, npm start's Node flags), so that
 * both sides are measured under the same conditions: the same warm-up and
 * rounds, and a heap that holds only what each side serves. Reads a job
 * (JSON) on stdin, writes one JSON object on stdout.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { measureRounds, timed, warmUp, type Latency } from './stats.ts';

/** What the parent asks for. */
export interface BaselineJob {
  readonly passages: readonly { readonly id: string; readonly text: string }[];
  readonly queryRounds: readonly (readonly string[])[];
  readonly warmup: readonly string[];
  readonly options: SearchOptions;
}

/** What the child reports. */
export interface BaselineReport {
  readonly build_ms: number;
  readonly ask: Latency;
  readonly rounds: number;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const job = JSON.parse(await readStdin()) as BaselineJob;
const { ms, value: mini } = timed(() => {
  const m = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  m.addAll(job.passages.map((p) => ({ id: p.id, text: p.text })));
  return m;
});
warmUp(job.warmup, (q) => mini.search(q, job.options));
const measured = measureRounds(job.queryRounds, (q) => mini.search(q, job.options));
const report: BaselineReport = { build_ms: Math.round(ms), ask: measured.latency, rounds: measured.rounds };
process.stdout.write(`${JSON.stringify(report)}\n`);
