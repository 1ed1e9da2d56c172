import { INPUT_LEVELS } from '../paper/training.ts';

export const MNIST_SIDE = 28;
export const LENET_SIDE = 32;

/**
 * The paper's input: the 28x28 digit centred in a 32x32 field of background,
 * with intensities mapped linearly from background (-0.1) to ink (1.175).
 * Writes `count` images from `pixels` (bytes, 0 = white) into `out` at `offset` images.
 * `shifts`, when given, moves image i by (shifts[2i] rows, shifts[2i+1] columns),
 * at most the border's width so that no ink is lost.
 */
const clamp = (shift: number, limit: number) => Math.max(-limit, Math.min(limit, shift));

export function toLenetInput(
  pixels: Uint8Array,
  count: number,
  out: Float32Array = new Float32Array(count * LENET_SIDE * LENET_SIDE),
  offset = 0,
  side = LENET_SIDE,
  shifts?: Int8Array,
): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  const border = (side - MNIST_SIDE) / 2;
  const imageSize = side * side;
  out.fill(background, offset * imageSize, (offset + count) * imageSize);
  for (let image = 0; image < count; image++) {
    const source = image * MNIST_SIDE * MNIST_SIDE;
    const target = (offset + image) * imageSize;
    const top = border + clamp(shifts?.[2 * image] ?? 0, border);
    const left = border + clamp(shifts?.[2 * image + 1] ?? 0, border);
    for (let row = 0; row < MNIST_SIDE; row++) {
      for (let column = 0; column < MNIST_SIDE; column++) {
        const value = pixels[source + row * MNIST_SIDE + column]!;
        out[target + (row + top) * side + column + left] = background + value * scale;
      }
    }
  }
  return out;
}

/** The inverse of the paper's levels: 0 for background, 255 for full ink, to draw an input as a picture. */
export function inkLevelsOf(input: ArrayLike<number>): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  return Float32Array.from(input, (value) => ((value - background) / (foreground - background)) * 255);
}
