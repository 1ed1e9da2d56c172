import { departureOf, departureWords } from '../../src/lib/sdlm/departures.ts';
import type { PaperRecipe } from '../../src/lib/sdlm/recipe.ts';
import type { SearchRun } from '../../src/lib/sdlm/search-table.ts';
import type { OtherRun } from '../../src/utils/recipe-run.ts';

export type { OtherRun };

/** `recorded` with `added` put in: a run of the same eta scale, seed and backend replaces the one recorded. */
export function mergeRuns(recorded: readonly OtherRun[], added: readonly OtherRun[]): OtherRun[] {
  const key = (run: OtherRun) => `${run.etaScale}/${run.seed}/${run.backend ?? ''}`;
  const replaced = new Set(added.map(key));
  return [...recorded.filter((run) => !replaced.has(key(run))), ...added];
}

/** What a paper-recipe model's metadata holds that the search reads. */
export interface RunMetadata {
  readonly settings: Partial<PaperRecipe> & { seed: number };
  readonly testError: number | null;
  readonly passes: readonly { testError: number }[];
  readonly diverged?: string;
  readonly trainingSeconds?: number;
}

/** A run's search record: its departure from the printed recipe, and where it stopped if it diverged. */
export function searchRunOf(metadata: RunMetadata): SearchRun {
  const { settings, testError, passes, diverged, trainingSeconds } = metadata;
  // run.ts writes "(pass P, after N patterns)" into every stop it reports.
  const where = diverged ? /pass (\d+), after ([\d,]+) patterns/.exec(diverged) : null;
  if (diverged && !where) throw new Error(`Cannot tell where this run stopped: "${diverged}"`);
  return {
    departure: departureOf(settings),
    seed: settings.seed,
    testError: diverged ? null : testError,
    testErrors: passes.map((pass) => pass.testError),
    ...(where
      ? {
          stopped: {
            pass: Number(where[1]),
            patterns: Number(where[2]!.replaceAll(',', '')),
            why: diverged!.startsWith('The run collapsed') ? ('collapsed' as const) : ('diverged' as const),
          },
        }
      : {}),
    seconds: trainingSeconds ?? 0,
  };
}

/** `recorded` with `added` put in; a run of the same departure and seed replaces the one recorded. */
export function mergeSearchRuns(recorded: readonly SearchRun[], added: readonly SearchRun[]): SearchRun[] {
  const key = (run: SearchRun) => `${departureWords(run.departure)}/${run.seed}`;
  const replaced = new Set(added.map(key));
  return [...recorded.filter((run) => !replaced.has(key(run))), ...added];
}
