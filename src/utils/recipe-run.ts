import { committedMetadata } from './model-metadata.ts';
import type { PassReport } from '../lib/sdlm/run.ts';
import type { PaperRecipe } from '../lib/sdlm/recipe.ts';
import type { SeedOutcome } from './recipe-spread.ts';

/** What `npm run train -- --recipe paper` recorded in a model's metadata. */
export interface RecipeRun {
  readonly settings: PaperRecipe;
  readonly passes: readonly PassReport[];
  readonly testError: number;
  readonly trainingSeconds: number;
  /** Other runs of the same recipe: their settings that differ and their final test errors. */
  readonly otherRuns?: readonly OtherRun[];
}

/** A run of the paper's recipe listed beside the one shipped; `backend` names its runner when not the shipped one's. */
export interface OtherRun extends SeedOutcome {
  readonly diverged?: string;
  /** Its test error after each pass, for a run that finished. */
  readonly testErrors?: readonly number[];
}

/** The paper-recipe run committed under public/models/<name>, read when the site is built. */
export function recipeRun(name = 'paper-sdlm'): RecipeRun {
  const { file, metadata } = committedMetadata<RecipeRun & { recipe: string }>(name);
  if (metadata.recipe !== 'paper' || !metadata.settings || !metadata.passes || typeof metadata.testError !== 'number')
    throw new Error(`${file} lacks the paper recipe's metadata.`);
  return {
    settings: metadata.settings,
    passes: metadata.passes,
    testError: metadata.testError,
    trainingSeconds: metadata.trainingSeconds ?? 0,
    ...(metadata.otherRuns ? { otherRuns: metadata.otherRuns } : {}),
  };
}
