import type { MnistSet } from '../../mnist/index.ts';

/** confusion[label * 10 + predicted]: how often each digit was given each class. */
export function confusionOf(predictions: Uint8Array, set: MnistSet): number[] {
  const confusion = new Array<number>(100).fill(0);
  for (let i = 0; i < set.count; i++) confusion[set.labels[i]! * 10 + predictions[i]!]!++;
  return confusion;
}

/** The share of `set` that `confusion` counts on its diagonal. */
export const accuracyOf = (confusion: readonly number[], set: MnistSet) =>
  confusion.filter((_, index) => index % 11 === 0).reduce((sum, count) => sum + count, 0) / set.count;
