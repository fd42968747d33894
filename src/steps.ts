/**
 * Long work written as steps, so that the same code can run straight
 * through (a terminal command, a build worker) or a few milliseconds at a
 * time between other work (the serving thread taking in a new knowledge
 * base while it keeps answering). A step function is a generator that
 * yields wherever it may pause and returns its result.
 */

/** Work that yields where it may pause and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** How many items a loop handles between two places where it may pause: checking the clock after each one would cost more than the work. */
export const ITEMS_PER_STEP = 1024;

/** Runs `steps` to the end without pausing. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * Runs `steps`, giving the event loop a turn whenever `budgetMs` of work has
 * passed since the last one: whatever else is waiting (an interaction) runs
 * between two slices, never behind the whole of the work.
 */
export async function runCooperatively<T>(steps: Steps<T>, budgetMs = 4): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (performance.now() - since >= budgetMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}
