import type { Experiment, ExperimentId } from './experiments.ts';

/** Training digits kept out of every tuning run, to choose settings on: never the test digits. */
export const HELD_OUT_DIGITS = 10_000;
/** Fixes which 10,000 are held out, the same for every run and seed. */
export const HELD_OUT_SEED = 1998;

/** The settings a tuning run may change from its experiment's. */
export type TunedSettings = Pick<Experiment, 'learningRate' | 'batchSize' | 'distortStrength'>;

/** Settings that differ only in an unset strength and a strength of 1 are the same: 1 is the default. */
const strengthOf = (settings: TunedSettings) => settings.distortStrength ?? 1;

/** One tuning run: trained on the other 50,000 digits, measured on the held-out ones. */
export interface TuningRun {
  readonly experiment: ExperimentId;
  readonly settings: TunedSettings;
  readonly seed: number;
  readonly heldOutError: number;
  readonly trainError: number;
  readonly seconds: number;
}

const sameSettings = (a: TunedSettings, b: TunedSettings) =>
  a.learningRate === b.learningRate && a.batchSize === b.batchSize && strengthOf(a) === strengthOf(b);

/** The record with `run` added, replacing an earlier run of the same experiment, settings and seed. */
export function withTuningRun(runs: readonly TuningRun[], run: TuningRun): TuningRun[] {
  const same = (each: TuningRun) =>
    each.experiment === run.experiment && each.seed === run.seed && sameSettings(each.settings, run.settings);
  return [...runs.filter((each) => !same(each)), run];
}

/** Per experiment and settings, the mean held-out error over seeds; the lowest mean first. */
export function tuningTable(runs: readonly TuningRun[], experiment: ExperimentId) {
  const groups = new Map<string, TuningRun[]>();
  for (const run of runs.filter((each) => each.experiment === experiment)) {
    const key = `${run.settings.learningRate}/${run.settings.batchSize}/${strengthOf(run.settings)}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()]
    .map((group) => ({
      settings: { ...group[0]!.settings, distortStrength: strengthOf(group[0]!.settings) },
      seeds: group.map((run) => run.seed).sort((a, b) => a - b),
      meanHeldOutError: group.reduce((sum, run) => sum + run.heldOutError, 0) / group.length,
      meanTrainError: group.reduce((sum, run) => sum + run.trainError, 0) / group.length,
    }))
    .sort((a, b) => a.meanHeldOutError - b.meanHeldOutError);
}
