import type { ExperimentRun } from './experiments.ts';

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

/** The median (the lower middle of an even count), smallest and largest of `values`; undefined when empty. */
export function spreadOf(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    min: sorted[0]!,
    max: sorted.at(-1)!,
    count: sorted.length,
  };
}

/** Test and training error of a set of runs, in percent. */
export function errorSpreads(runs: readonly ExperimentRun[]) {
  return {
    test: spreadOf(runs.map((run) => run.testError * 100)),
    train: spreadOf(runs.map((run) => run.trainError * 100)),
    seconds: spreadOf(runs.map((run) => run.seconds)),
  };
}
