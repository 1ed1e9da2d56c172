import type { OtherRun } from '../../src/utils/recipe-run.ts';

export type { OtherRun };

/** `recorded` with `added` put in: a run of the same eta scale, seed and backend replaces the one recorded. */
export function mergeRuns(recorded: readonly OtherRun[], added: readonly OtherRun[]): OtherRun[] {
  const key = (run: OtherRun) => `${run.etaScale}/${run.seed}/${run.backend ?? ''}`;
  const replaced = new Set(added.map(key));
  return [...recorded.filter((run) => !replaced.has(key(run))), ...added];
}
