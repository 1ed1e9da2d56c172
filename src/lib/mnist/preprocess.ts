import { INPUT_LEVELS, LENET5_INPUT_SIDE } from '../paper/training.ts';
import { MNIST_DIGIT_BOX, placeDigits } from './placement.ts';

export { MNIST_SIDE } from './placement.ts';
export const LENET_SIDE = LENET5_INPUT_SIDE;

/**
 * The paper's input: the 28x28 digit centred in a side x side field (32 by
 * default) of background, in the paper's levels; see `placeDigits`.
 */
export function toLenetInput(
  pixels: Uint8Array,
  count: number,
  out?: Float32Array,
  offset = 0,
  side = LENET_SIDE,
  shifts?: Int8Array,
): Float32Array {
  const placement = { input: { height: side, width: side }, digitBox: MNIST_DIGIT_BOX };
  return placeDigits(pixels, count, placement, out, offset, shifts);
}

/** The inverse of the paper's levels: 0 for background, 255 for full ink, to draw an input as a picture. */
export function inkLevelsOf(input: ArrayLike<number>): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  return Float32Array.from(input, (value) => ((value - background) / (foreground - background)) * 255);
}
