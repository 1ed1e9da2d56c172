import { medianOf, withinBand } from '../lib/sdlm/band.ts';
/** The part of a recorded run of the paper's recipe that a spread over seeds reads. */
export interface SeedOutcome {
  readonly etaScale: number;
  readonly seed: number;
  readonly testError: number | null;
  readonly backend?: string;
}

/** Final test errors of one recipe, one runner, one eta scale, over several seeds. */
export interface SeedSpread {
  readonly seeds: readonly number[];
  readonly lowest: number;
  readonly highest: number;
  readonly median: number;
  /** How many seeds end within `band` of the target. */
  readonly withinBand: number;
}

/**
 * The spread of the runs that share `etaScale` and `backend` and finished; undefined
 * when fewer than two did, since one seed is no spread. A seed listed twice counts once,
 * the last listing standing, as `mergeRuns` records a rerun.
 */
export function seedSpread(
  runs: readonly SeedOutcome[],
  { etaScale, backend, target, band }: { etaScale: number; backend: string; target: number; band: number },
): SeedSpread | undefined {
  const bySeed = new Map<number, number>();
  for (const run of runs)
    if (run.etaScale === etaScale && run.backend === backend && run.testError !== null)
      bySeed.set(run.seed, run.testError);
  if (bySeed.size < 2) return undefined;
  const errors = [...bySeed.values()].sort((a, b) => a - b);
  return {
    seeds: [...bySeed.keys()].sort((a, b) => a - b),
    lowest: errors[0]!,
    highest: errors.at(-1)!,
    median: medianOf(errors),
    withinBand: errors.filter((error) => withinBand(error, target, band)).length,
  };
}
