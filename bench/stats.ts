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
