import { describe, expect, it } from 'vitest';
import { watchServingThread } from '../../src/serving-watch.ts';

/** Keeps the thread busy for `ms`, as a long adoption slice would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

describe('watchServingThread', () => {
  it('reports each phase, and a phase that blocks the event loop shows its delay and length', async () => {
    const watch = watchServingThread();
    await turn();
    watch.phase('build');
    await turn();
    busy(120);
    await turn();
    const phases = watch.stop();
    expect(Object.keys(phases)).toEqual(['build', 'adopt']);
    const adopt = phases['adopt'];
    expect(adopt?.loopMax).toBeGreaterThanOrEqual(100);
    expect(adopt?.ms).toBeGreaterThanOrEqual(120);
    expect(phases['build']?.ms).toBeGreaterThanOrEqual(25);
    for (const phase of Object.values(phases)) {
      expect(phase.gcMs).toBeGreaterThanOrEqual(0);
      expect(phase.gcMaxMs).toBeLessThanOrEqual(phase.gcMs);
    }
  });
});
