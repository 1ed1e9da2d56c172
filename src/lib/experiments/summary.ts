import type { ExperimentId, ExperimentRecords, ExperimentRun } from './experiments.ts';

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

/** How many seeds a median needs before the site compares it with a target. */
export const SEEDS_FOR_A_VERDICT = 5;

/** A median test error against a target (both in percent): met, or short by how many points. */
export interface TargetVerdict {
  readonly median: number;
  readonly target: number;
  readonly met: boolean;
  /** Points above the target; 0 when met. */
  readonly shortBy: number;
}

export function verdictOf(runs: readonly ExperimentRun[], target: number): TargetVerdict | undefined {
  const test = errorSpreads(runs).test;
  if (!test || test.count < SEEDS_FOR_A_VERDICT) return undefined;
  // Rounded as the tables print it, so that the verdict agrees with the figure beside it.
  const median = Math.round(test.median * 100) / 100;
  return { median, target, met: median <= target, shortBy: Math.max(0, Math.round((median - target) * 100) / 100) };
}

/** Of the experiments with enough seeds, the one with the lowest median test error, with its verdict. */
export function lowestMedian(records: ExperimentRecords, target: number) {
  const verdicts = Object.entries(records).flatMap(([id, record]) => {
    const verdict = verdictOf(record.runs, target);
    return verdict ? [{ id: id as ExperimentId, verdict }] : [];
  });
  return verdicts.sort((a, b) => a.verdict.median - b.verdict.median)[0];
}
