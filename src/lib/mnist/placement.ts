import { INPUT_LEVELS, LENET5_INPUT_SIDE, MNIST_FIELD } from '../paper/training.ts';
import type { Size2 } from '../lenet/spec.ts';

export const MNIST_SIDE = MNIST_FIELD.field;
/** MNIST's digits were scaled to fit a 20x20 box before being centred in 28x28. */
export const MNIST_DIGIT_BOX = MNIST_FIELD.box;

/**
 * Where a network reads a digit: its input size, and the side of the box the
 * digit's strokes are scaled to (MNIST's own 20, or LeNet-1's 16).
 */
export interface Placement {
  readonly input: Size2;
  readonly digitBox: number;
}

/** The paper's LeNet-5 input: the 28x28 image unchanged, centred in 32x32. */
export const LENET5_PLACEMENT: Placement = {
  input: { height: LENET5_INPUT_SIDE, width: LENET5_INPUT_SIDE },
  digitBox: MNIST_DIGIT_BOX,
};

/** The image's side once scaled so that its digit box has `digitBox` pixels. */
export const scaledSide = (digitBox: number): number =>
  digitBox === MNIST_DIGIT_BOX ? MNIST_SIDE : Math.max(1, Math.round((MNIST_SIDE * digitBox) / MNIST_DIGIT_BOX));

/** One 28x28 image resampled to side x side by bilinear interpolation at pixel centres. */
function resample(source: Uint8Array, start: number, side: number, out: Float32Array): void {
  const ratio = MNIST_SIDE / side;
  const at = (row: number, column: number) =>
    row < 0 || column < 0 || row >= MNIST_SIDE || column >= MNIST_SIDE ? 0 : source[start + row * MNIST_SIDE + column]!;
  for (let row = 0; row < side; row++) {
    const y = (row + 0.5) * ratio - 0.5;
    const y0 = Math.floor(y);
    const fy = y - y0;
    for (let column = 0; column < side; column++) {
      const x = (column + 0.5) * ratio - 0.5;
      const x0 = Math.floor(x);
      const fx = x - x0;
      const top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx;
      const bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx;
      out[row * side + column] = top * (1 - fy) + bottom * fy;
    }
  }
}

const clamp = (shift: number, low: number, high: number) => Math.max(low, Math.min(high, shift));

/**
 * Digits as a network reads them: each 28x28 image (bytes, 0 = paper) scaled
 * so that its digit box has `digitBox` pixels, centred in the input, in the
 * paper's levels (background -0.1, full ink 1.175). What falls outside a small
 * input is cut off. `shifts` moves image i by (shifts[2i] rows, shifts[2i+1]
 * columns), never past the input's edge.
 */
export const placeDigits = (
  pixels: Uint8Array,
  count: number,
  placement: Placement,
  out?: Float32Array,
  offset = 0,
  shifts?: Int8Array,
): Float32Array =>
  placeImages(
    pixels,
    Array.from({ length: count }, (_, image) => image),
    placement,
    out,
    offset,
    shifts,
  );

/**
 * As `placeDigits`, for the images at `images` (image numbers in `pixels`), in that order: read where they lie,
 * with no gathered copy, and each row written between its edges rather than tested pixel by pixel.
 */
export function placeImages(
  pixels: Uint8Array,
  images: ArrayLike<number>,
  { input, digitBox }: Placement,
  out: Float32Array = new Float32Array(images.length * input.height * input.width),
  offset = 0,
  shifts?: Int8Array,
): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  const side = scaledSide(digitBox);
  const { height, width } = input;
  const imageSize = height * width;
  const scaled = new Float32Array(side * side);
  const baseTop = Math.floor((height - side) / 2);
  const baseLeft = Math.floor((width - side) / 2);
  out.fill(background, offset * imageSize, (offset + images.length) * imageSize);
  for (let k = 0; k < images.length; k++) {
    const source = images[k]! * MNIST_SIDE * MNIST_SIDE;
    if (side === MNIST_SIDE) scaled.set(pixels.subarray(source, source + side * side));
    else resample(pixels, source, side, scaled);
    // A shift never pushes ink past the input's edge: at most the margin on that side, none when there is none.
    const top = baseTop + clamp(shifts?.[2 * k] ?? 0, -Math.max(0, baseTop), Math.max(0, height - side - baseTop));
    const left =
      baseLeft + clamp(shifts?.[2 * k + 1] ?? 0, -Math.max(0, baseLeft), Math.max(0, width - side - baseLeft));
    const target = (offset + k) * imageSize + top * width + left;
    for (let row = Math.max(0, -top); row < Math.min(side, height - top); row++)
      for (let column = Math.max(0, -left); column < Math.min(side, width - left); column++)
        out[target + row * width + column] = background + scaled[row * side + column]! * scale;
  }
  return out;
}
