import { INPUT_LEVELS } from '../paper/training.ts';
import { LENET_SIDE, MNIST_SIDE } from '../mnist/preprocess.ts';
import type { ReceptiveField } from '../lenet/receptive-field.ts';

export const STRIP_DIGITS = { fewest: 3, most: 5 } as const;

export interface Strip {
  readonly height: number;
  readonly width: number;
  /** height x width in the paper's input levels. */
  readonly input: Float32Array;
  /** The column at the centre of each digit. */
  readonly digitCentres: readonly number[];
}

/**
 * Digits (28x28 MNIST bytes) side by side, 28 pixels apart, with the 2-pixel
 * border of the paper's 32x32 field all round: 32 pixels high and 28n + 4 wide.
 */
export function composeStrip(digits: readonly Uint8Array[]): Strip {
  if (digits.length < STRIP_DIGITS.fewest || digits.length > STRIP_DIGITS.most) {
    throw new RangeError(`A strip holds ${STRIP_DIGITS.fewest} to ${STRIP_DIGITS.most} digits; got ${digits.length}.`);
  }
  const border = (LENET_SIDE - MNIST_SIDE) / 2;
  const height = LENET_SIDE;
  const width = MNIST_SIDE * digits.length + 2 * border;
  const { background, foreground } = INPUT_LEVELS;
  const input = new Float32Array(height * width).fill(background);
  digits.forEach((digit, index) => {
    for (let row = 0; row < MNIST_SIDE; row++) {
      for (let column = 0; column < MNIST_SIDE; column++) {
        const value = digit[row * MNIST_SIDE + column]!;
        input[(row + border) * width + border + index * MNIST_SIDE + column] =
          background + (value * (foreground - background)) / 255;
      }
    }
  });
  const digitCentres = digits.map((_, index) => border + index * MNIST_SIDE + MNIST_SIDE / 2);
  return { height, width, input, digitCentres };
}

/** For each digit, the output position whose window is centred nearest to it. */
export function positionsOfDigits(strip: Strip, field: ReceptiveField, positions: number): number[] {
  return strip.digitCentres.map((centre) =>
    Math.min(positions - 1, Math.max(0, Math.round((centre - field.size / 2) / field.step))),
  );
}
