import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { PaperRecipe } from '../../lib/sdlm/recipe.ts';
import { TICK } from '../../lib/sdlm/run.ts';

/** Digits of its pass a recipe run has read by this report: it reports every `TICK` digits and at the pass's end. */
export const digitsInPass = (event: Extract<FromWorker, { type: 'progress' }>, recipe: PaperRecipe) =>
  Math.min((event.batch + 1) * TICK, recipe.patterns);

/**
 * "pass 3 of 20, 2,500 of 6,000 digits" for a recipe run; "epoch 3 of 3, batch 250 of 625" otherwise, where the
 * batches are those this run trains in the epoch, so that a run of a tenth of an epoch counts to the same total
 * as the Batches box.
 */
export function whereInWords(
  event: Extract<FromWorker, { type: 'progress' }>,
  settings: TrainingSettings | undefined,
): string {
  const recipe = settings?.recipe;
  if (!recipe) {
    const total = Math.round((settings?.epochs ?? 1) * event.batches);
    const inEpoch = Math.min(event.batches, total - event.epoch * event.batches);
    const epochs = Math.ceil(total / event.batches);
    return `epoch ${event.epoch + 1} of ${epochs}, batch ${(event.batch + 1).toLocaleString('en-US')} of ${inEpoch.toLocaleString('en-US')}`;
  }
  const digits = digitsInPass(event, recipe);
  return `pass ${event.epoch + 1} of ${recipe.passes}, ${digits.toLocaleString('en-US')} of ${recipe.patterns.toLocaleString('en-US')} digits`;
}
