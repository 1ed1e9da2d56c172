import type { Recipe } from '../sdlm/recipe.ts';

/**
 * The constant j of the paper's Eq. 9: a "rubbish class" whose distance is j, so
 * that the competition term stops pushing once every wrong class is far enough.
 * The paper gives no value, so each recipe documents its own, here and only
 * here: the Adam recipe (the tfjs trainer and the lane engine, which trained the
 * shipped models) uses 1; the paper's SDLM recipe uses 10 unless `--j` says
 * otherwise, the value its recorded runs used.
 */
export const EQ9_J: Readonly<Record<Recipe, number>> = { adam: 1, paper: 10 };
