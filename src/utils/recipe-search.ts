import recorded from '../lib/sdlm/recipe-search.json';
import { searchRows, type SearchRow, type SearchRun } from '../lib/sdlm/search-table.ts';
import { WASM_SDLM_RUNNER } from '../lib/sdlm/wasm-runner.ts';
import { recipeRun } from './recipe-run.ts';
import { PAPER_ERROR, REPRODUCTION_BAND } from './reproduction-band.ts';

/**
 * The search's rows: the runs recorded for it, and the shipped recipe's own seeds on the
 * WebAssembly runner (η scaled, nothing else changed), which are one more departure.
 */
export function recipeSearchRows(): SearchRow[] {
  const shipped = recipeRun();
  const shippedSeeds = (shipped.otherRuns ?? []).flatMap((run): SearchRun[] =>
    run.backend === WASM_SDLM_RUNNER && run.testErrors
      ? [
          {
            departure: { etaScale: run.etaScale },
            seed: run.seed,
            testError: run.testError,
            testErrors: run.testErrors,
            seconds: 0,
          },
        ]
      : [],
  );
  return searchRows([...shippedSeeds, ...(recorded.runs as SearchRun[])], {
    target: PAPER_ERROR,
    band: REPRODUCTION_BAND,
    patternsPerPass: shipped.settings.patterns,
  });
}
