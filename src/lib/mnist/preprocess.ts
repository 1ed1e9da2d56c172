import { INPUT_LEVELS } from '../paper/training.ts';

export const MNIST_SIDE = 28;
export const LENET_SIDE = 32;

/**
 * The paper's input: the 28x28 digit centred in a 32x32 field of background,
 * with intensities mapped linearly from background (-0.1) to ink (1.175).
 * Writes `count` images from `pixels` (bytes, 0 = white) into `out` at `offset` images.
 */
export function toLenetInput(
  pixels: Uint8Array,
  count: number,
  out: Float32Array = new Float32Array(count * LENET_SIDE * LENET_SIDE),
  offset = 0,
  side = LENET_SIDE,
): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  const border = (side - MNIST_SIDE) / 2;
  const imageSize = side * side;
  out.fill(background, offset * imageSize, (offset + count) * imageSize);
  for (let image = 0; image < count; image++) {
    const source = image * MNIST_SIDE * MNIST_SIDE;
    const target = (offset + image) * imageSize;
    for (let row = 0; row < MNIST_SIDE; row++) {
      for (let column = 0; column < MNIST_SIDE; column++) {
        const value = pixels[source + row * MNIST_SIDE + column]!;
        out[target + (row + border) * side + column + border] = background + value * scale;
      }
    }
  }
  return out;
}
