/**
 * The parts a training run's time goes to, as `npm run profile -- --run` and the benchmark print them:
 * the optimiser's steps, gathering and placing each batch's digits, drawing their random shifts,
 * the messages to the page, yielding to the page's messages, and the tests.
 */
export const RUN_PARTS = ['kernels', 'batches', 'shifts', 'messages', 'yields', 'tests'] as const;
export type RunPart = (typeof RUN_PARTS)[number];
export type RunPartTimes = Readonly<Record<RunPart, number>>;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Milliseconds spent in each part. Parts nest (a test inside a progress callback): the inner part's
 * time counts for it alone, so the parts add up to no more than the run's time.
 */
export class RunParts {
  private readonly totals: Record<RunPart, number> = Object.fromEntries(RUN_PARTS.map((part) => [part, 0])) as Record<
    RunPart,
    number
  >;
  /** Time taken by inner parts of each part now running, innermost last. */
  private readonly inner: number[] = [];

  time<T>(part: RunPart, work: () => T): T {
    const started = this.open();
    try {
      return work();
    } finally {
      this.close(part, started);
    }
  }

  async timeAsync<T>(part: RunPart, work: () => Promise<T>): Promise<T> {
    const started = this.open();
    try {
      return await work();
    } finally {
      this.close(part, started);
    }
  }

  get ms(): RunPartTimes {
    return { ...this.totals };
  }

  private open(): number {
    this.inner.push(0);
    return now();
  }

  private close(part: RunPart, started: number): void {
    const elapsed = now() - started;
    const inner = this.inner.pop() ?? 0;
    this.totals[part] += elapsed - inner;
    if (this.inner.length > 0) this.inner[this.inner.length - 1]! += elapsed;
  }
}
