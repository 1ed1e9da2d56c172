import { BLANK_CLASS } from './sdnn-data.ts';

/** How a model reads windows: the share right, and apart for blank windows and for windows with a character. */
export interface WindowAccuracy {
  readonly windows: number;
  readonly accuracy: number;
  /** Of the blank windows, the share read as blank. */
  readonly blankAccuracy: number;
  /** Of the windows with a central character, the share read as that character. */
  readonly characterAccuracy: number;
}

/** The most probable class of each row of `scores` (count x classes probabilities). */
export function likeliest(scores: ArrayLike<number>, classes: number): Uint8Array {
  const count = scores.length / classes;
  const best = new Uint8Array(count);
  for (let row = 0; row < count; row++)
    for (let c = 1; c < classes; c++)
      if (scores[row * classes + c]! > scores[row * classes + best[row]!]!) best[row] = c;
  return best;
}

export function windowAccuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): WindowAccuracy {
  let [right, blanks, blanksRight, characters, charactersRight] = [0, 0, 0, 0, 0];
  for (let i = 0; i < labels.length; i++) {
    const hit = predicted[i] === labels[i];
    if (hit) right++;
    if (labels[i] === BLANK_CLASS) [blanks, blanksRight] = [blanks + 1, blanksRight + (hit ? 1 : 0)];
    else [characters, charactersRight] = [characters + 1, charactersRight + (hit ? 1 : 0)];
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    windows: labels.length,
    accuracy: share(right, labels.length),
    blankAccuracy: share(blanksRight, blanks),
    characterAccuracy: share(charactersRight, characters),
  };
}
