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

/** Pixel byte to input level, looked up rather than computed, since placing is on the training loop's path. */
const LEVELS = (() => {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  return Float32Array.from({ length: 256 }, (_, byte) => background + byte * scale);
})();

/** Where each image goes: the placement's sizes, its scaled copy, and a scratch plane for resampling. */
interface Placing {
  readonly height: number;
  readonly width: number;
  readonly side: number;
  readonly baseTop: number;
  readonly baseLeft: number;
  readonly scaled: Float32Array;
}

function placingOf({ input, digitBox }: Placement): Placing {
  const side = scaledSide(digitBox);
  const { height, width } = input;
  const baseTop = Math.floor((height - side) / 2);
  const baseLeft = Math.floor((width - side) / 2);
  return { height, width, side, baseTop, baseLeft, scaled: new Float32Array(side * side) };
}

/**
 * Writes the 28x28 image at `pixels[source]` into the input plane at `out[target]` (already the background),
 * moved by (`down`, `right`) pixels but never past the input's edge: at most the margin on that side.
 */
function placeOne(
  placing: Placing,
  pixels: Uint8Array,
  source: number,
  out: Float32Array,
  target: number,
  down: number,
  right: number,
): void {
  const { height, width, side, baseTop, baseLeft, scaled } = placing;
  const top = baseTop + clamp(down, -Math.max(0, baseTop), Math.max(0, height - side - baseTop));
  const left = baseLeft + clamp(right, -Math.max(0, baseLeft), Math.max(0, width - side - baseLeft));
  const firstRow = Math.max(0, -top);
  const endRow = Math.min(side, height - top);
  const firstColumn = Math.max(0, -left);
  const endColumn = Math.min(side, width - left);
  const exact = side === MNIST_SIDE;
  if (!exact) resample(pixels, source, side, scaled);
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  for (let row = firstRow; row < endRow; row++) {
    const into = target + (row + top) * width + left;
    const from = row * side;
    if (exact)
      for (let column = firstColumn; column < endColumn; column++)
        out[into + column] = LEVELS[pixels[source + from + column]!]!;
    else
      for (let column = firstColumn; column < endColumn; column++)
        out[into + column] = background + scaled[from + column]! * scale;
  }
}

/**
 * Digits as a network reads them: each 28x28 image (bytes, 0 = paper) scaled
 * so that its digit box has `digitBox` pixels, centred in the input, in the
 * paper's levels (background -0.1, full ink 1.175). What falls outside a small
 * input is cut off. `shifts` moves image i by (shifts[2i] rows, shifts[2i+1]
 * columns), never past the input's edge.
 */
export function placeDigits(
  pixels: Uint8Array,
  count: number,
  placement: Placement,
  out: Float32Array = new Float32Array(count * placement.input.height * placement.input.width),
  offset = 0,
  shifts?: Int8Array,
): Float32Array {
  return placeImages(
    pixels,
    Array.from({ length: count }, (_, image) => image),
    placement,
    out,
    offset,
    shifts,
  );
}

/** As `placeDigits`, for the images at `images` (image numbers in `pixels`), in that order. */
export function placeImages(
  pixels: Uint8Array,
  images: ArrayLike<number>,
  placement: Placement,
  out: Float32Array = new Float32Array(images.length * placement.input.height * placement.input.width),
  offset = 0,
  shifts?: Int8Array,
): Float32Array {
  const placing = placingOf(placement);
  const imageSize = placing.height * placing.width;
  out.fill(LEVELS[0]!, offset * imageSize, (offset + images.length) * imageSize);
  for (let k = 0; k < images.length; k++) {
    const source = images[k]! * MNIST_SIDE * MNIST_SIDE;
    placeOne(placing, pixels, source, out, (offset + k) * imageSize, shifts?.[2 * k] ?? 0, shifts?.[2 * k + 1] ?? 0);
  }
  return out;
}
