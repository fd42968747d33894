/**
 * The interactions being answered, so that a shutdown can stop taking new
 * ones and still let the replies under way reach their users (for a bounded
 * time: a stuck reply must not keep the process from exiting).
 */

/** Tracks running handlers; once closed, callers turn new interactions away. */
export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private closedFlag = false;

  /** Whether new interactions are to be turned away. */
  get closed(): boolean {
    return this.closedFlag;
  }

  /** How many handlers are running. */
  get size(): number {
    return this.running.size;
  }

  /** Keeps `work` until it settles (it must not reject: the router never does). */
  track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /**
   * Stops taking new interactions and waits for the running ones, at most
   * `graceMs`. Resolves to how many were still running when it gave up (0: all finished).
   */
  async close(graceMs: number): Promise<number> {
    this.closedFlag = true;
    if (this.running.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...this.running]), deadline]);
    clearTimeout(timer);
    return this.running.size;
  }
}
