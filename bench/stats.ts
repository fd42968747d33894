/** Latency summaries for the benchmark. */

/** Percentiles of a set of durations, in milliseconds. */
export interface Latency {
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The nearest-rank percentiles of `durations` (ms). */
export function latency(durations: readonly number[]): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number): number => round(sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0);
  return { p50_ms: at(0.5), p95_ms: at(0.95), p99_ms: at(0.99), max_ms: round(sorted[sorted.length - 1] ?? 0) };
}

/** Runs `fn` once and returns how long it took (ms) and what it returned. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The resident set size of this process, in MB. */
export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 1e6);
}

/** How long the warm-up before measuring may take, on either side (see WARMUP_QUERIES in run.ts). */
export const WARMUP_MS = 30_000;

/** Runs `ask` over `queries` until WARMUP_MS have passed. */
export function warmUp(queries: readonly string[], ask: (q: string) => unknown): void {
  const until = performance.now() + WARMUP_MS;
  for (const q of queries) {
    if (performance.now() > until) break;
    ask(q);
  }
}

/** How long the measured rounds may take together, on either side, and the most rounds run. */
export const MEASURE_MS = 20_000;
export const MAX_ROUNDS = 5;

/**
 * Times `ask` over each round of queries in turn (each round other queries),
 * as many rounds as fit in MEASURE_MS, at least one: on a shared 2-core
 * machine one round's p99 swings with when the garbage collector ran (the
 * baseline's p99 at 1k read 1.3 to 9.6 ms over five runs). Reports the
 * median of the rounds' percentiles, and the max over all rounds.
 */
export function measureRounds(rounds: readonly (readonly string[])[], ask: (q: string) => unknown): { latency: Latency; rounds: number } {
  const per: Latency[] = [];
  const until = performance.now() + MEASURE_MS;
  for (const queries of rounds.slice(0, MAX_ROUNDS)) {
    if (per.length > 0 && performance.now() > until) break;
    per.push(latency(queries.map((q) => timed(() => ask(q)).ms)));
  }
  const median = (key: keyof Latency): number => {
    const values = per.map((l) => l[key]).sort((a, b) => a - b);
    return values[(values.length - 1) >> 1] ?? 0;
  };
  return {
    latency: { p50_ms: median('p50_ms'), p95_ms: median('p95_ms'), p99_ms: median('p99_ms'), max_ms: Math.max(0, ...per.map((l) => l.max_ms)) },
    rounds: per.length,
  };
}
