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

/**
 * Steps that run in the background, a slice at a time between whatever else
 * the event loop has to do, once {@link start}ed; and whose result can be
 * asked for sooner, which runs what is left at once. What the steps throw is
 * thrown by {@link get}.
 */
export class BackgroundSteps<T> {
  private outcome: { readonly value: T } | { readonly error: unknown } | undefined;
  private resolveSettled: (() => void) | undefined;
  /** Resolves once the steps are done, by their slices or by get() (failed too: get() throws what they threw). */
  readonly settled: Promise<void> = new Promise((resolve) => {
    this.resolveSettled = resolve;
  });

  constructor(private readonly steps: Steps<T>) {}

  /** Starts running the steps between other work (`budgetMs` at a time). */
  start(budgetMs = 4): void {
    const slice = (): void => {
      // Done already: get() ran the rest.
      if (this.outcome !== undefined) return;
      const until = performance.now() + budgetMs;
      // At least one step a slice, whatever the budget.
      do this.advance();
      while (this.outcome === undefined && performance.now() < until);
      if (this.outcome === undefined) setImmediate(slice);
    };
    setImmediate(slice);
  }

  /** The result: at once when the steps are done, else after running the rest of them now. */
  get(): T {
    while (this.outcome === undefined) this.advance();
    if ('error' in this.outcome) throw this.outcome.error;
    return this.outcome.value;
  }

  private advance(): void {
    try {
      const next = this.steps.next();
      if (next.done === true) this.outcome = { value: next.value };
    } catch (error) {
      // Kept for get(), which throws it to whoever asks for the result.
      this.outcome = { error };
    }
    if (this.outcome !== undefined) this.resolveSettled?.();
  }
}
