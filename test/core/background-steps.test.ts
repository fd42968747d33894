/**
 * Steps run in the background between other work (steps.ts, BackgroundSteps):
 * they finish on their own once started, their result can be asked for
 * sooner (the rest runs then, once), and what they throw reaches whoever asks.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BackgroundSteps, type Steps } from '../../src/steps.ts';

/** Counts to `n`, one step each, recording each step it takes. */
function* counting(n: number, taken: number[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    taken.push(i);
    yield;
  }
  return n;
}

describe('background steps', () => {
  it('run to the end between turns of the event loop once started, and give their result', async () => {
    const taken: number[] = [];
    const steps = new BackgroundSteps(counting(50, taken));
    await nextTurn();
    expect(taken).toEqual([]);
    steps.start(0);
    for (let i = 0; i < 200 && taken.length < 50; i++) await nextTurn();
    expect(taken).toHaveLength(50);
    expect(steps.get()).toBe(50);
  });

  it('say they are settled once done, by their own slices or by a get() that ran the rest', async () => {
    const started = new BackgroundSteps(counting(20, []));
    let settled = false;
    void started.settled.then(() => {
      settled = true;
    });
    await nextTurn();
    expect(settled).toBe(false);
    started.start(0);
    for (let i = 0; i < 100 && !settled; i++) await nextTurn();
    expect(settled).toBe(true);
    const asked = new BackgroundSteps(counting(5, []));
    asked.get();
    await expect(asked.settled).resolves.toBeUndefined();
  });

  it('run what is left at once when the result is asked for sooner, each step once', async () => {
    const taken: number[] = [];
    const steps = new BackgroundSteps(counting(1000, taken));
    steps.start(0);
    await nextTurn();
    await nextTurn();
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.length).toBeLessThan(1000);
    expect(steps.get()).toBe(1000);
    expect(taken).toEqual([...Array(1000).keys()]);
    // The background's next slice finds the steps done and leaves the result as it is.
    await nextTurn();
    await nextTurn();
    expect(steps.get()).toBe(1000);
  });

  it('throw what the steps threw to whoever asks for the result', () => {
    const failing = new BackgroundSteps(
      (function* (): Steps<number> {
        yield;
        throw new RangeError('no such thing');
      })(),
    );
    expect(() => failing.get()).toThrow(RangeError);
    expect(() => failing.get()).toThrow('no such thing');
  });
});
