/** A run of the paper's recipe as the results page lists it beside the one shipped. */
export interface OtherRun {
  readonly etaScale: number;
  readonly seed: number;
  readonly testError: number | null;
  readonly diverged?: string;
  /** Where its arithmetic ran, when not in the TypeScript runner of the run shipped. */
  readonly backend?: string;
}

/** `recorded` with `added` put in: a run of the same eta scale, seed and backend replaces the one recorded. */
export function mergeRuns(recorded: readonly OtherRun[], added: readonly OtherRun[]): OtherRun[] {
  const key = (run: OtherRun) => `${run.etaScale}/${run.seed}/${run.backend ?? ''}`;
  const replaced = new Set(added.map(key));
  return [...recorded.filter((run) => !replaced.has(key(run))), ...added];
}
