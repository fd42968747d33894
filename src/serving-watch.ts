/**
 * What a reload costs the serving thread, measured while it runs: how late
 * the event loop ran (perf_hooks' event-loop delay histogram) and how long
 * garbage collection paused it, split into the wait for the build, the
 * hand-over of its result (reading the build process's file) and the
 * adoption. Logged with every reload, so that a slow answer
 * during one can be told apart: a long loop delay with little GC is work on
 * this thread (adoption slices), long GC pauses are the old or new base
 * being collected, and neither (answers slow, loop on time) is the thread
 * not getting a core (CPU contention with the builder or the machine).
 */
import { type IntervalHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/** Event-loop delay and GC pauses over one phase, in ms. */
export interface PhaseDelay {
  readonly ms: number;
  readonly loopP50: number;
  readonly loopP99: number;
  readonly loopMax: number;
  readonly gcMs: number;
  readonly gcMaxMs: number;
}

/** A running measurement: `phase()` closes the current phase under a name and starts the next; `stop()` returns them all. */
export interface ServingWatch {
  phase(name: string): void;
  stop(): Record<string, PhaseDelay>;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Starts measuring the serving thread (10 ms resolution: finer costs a timer that itself delays answers). */
export function watchServingThread(): ServingWatch {
  const phases: Record<string, PhaseDelay> = {};
  let histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let gcMs = 0;
  let gcMaxMs = 0;
  let since = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const close = (name: string): void => {
    histogram.disable();
    const ns = (v: number): number => (Number.isFinite(v) ? round(v / 1e6) : 0);
    phases[name] = {
      ms: round(performance.now() - since),
      loopP50: ns(histogram.percentile(50)),
      loopP99: ns(histogram.percentile(99)),
      loopMax: ns(histogram.max),
      gcMs: round(gcMs),
      gcMaxMs: round(gcMaxMs),
    };
    gcMs = 0;
    gcMaxMs = 0;
    since = performance.now();
  };
  return {
    phase(name) {
      close(name);
      histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
    },
    stop() {
      close('adopt');
      observer.disconnect();
      return phases;
    },
  };
}
