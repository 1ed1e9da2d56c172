import type { PaperRecipe } from '../../lib/sdlm/recipe.ts';
import { etaOf } from '../../lib/sdlm/schedule.ts';
import type { CurveMark } from '../../lib/viz/index.ts';

/** "η 5e-5" at the start, and again wherever the recipe's eta steps down, in passes from the start. */
export function scheduleMarks(recipe: PaperRecipe): CurveMark[] {
  const marks: CurveMark[] = [];
  for (let pass = 0; pass < recipe.passes; pass++) {
    const eta = etaOf(pass) * recipe.etaScale;
    if (pass === 0 || eta !== etaOf(pass - 1) * recipe.etaScale)
      marks.push({ x: pass, label: `η ${Number(eta.toPrecision(3)).toExponential()}` });
  }
  return marks;
}
