import { describe, expect, it } from 'vitest';
import { INPUT_LEVELS } from '../paper/training.ts';
import { realMnist } from '../model/test-support.ts';
import { LENET5_PLACEMENT, MNIST_SIDE, placeDigits, scaledSide } from './placement.ts';
import { toLenetInput } from './preprocess.ts';

/** Rows and columns that hold ink (above the background level by a visible margin). */
function inkBox(image: Float32Array, height: number, width: number) {
  const rows: number[] = [];
  const columns: number[] = [];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (image[y * width + x]! > INPUT_LEVELS.background + 0.3) {
        rows.push(y);
        columns.push(x);
      }
  return {
    height: Math.max(...rows) - Math.min(...rows) + 1,
    width: Math.max(...columns) - Math.min(...columns) + 1,
    centre: [(Math.max(...rows) + Math.min(...rows)) / 2, (Math.max(...columns) + Math.min(...columns)) / 2],
  };
}

describe('placeDigits(pixels, count, placement)', () => {
  const digits = realMnist('test', 50);

  it("with LeNet-5's placement gives exactly the paper's 32x32 input", () => {
    expect(placeDigits(digits.images, 50, LENET5_PLACEMENT)).toEqual(toLenetInput(digits.images, 50));
  });

  it("LeNet-1's 16-pixel box shrinks each real MNIST digit by 16/20 and keeps it centred in 28x28", () => {
    const placed = placeDigits(digits.images, 50, { input: { height: 28, width: 28 }, digitBox: 16 });
    const original = toLenetInput(digits.images, 50, undefined, 0, MNIST_SIDE);
    for (let i = 0; i < 50; i++) {
      const before = inkBox(original.subarray(i * 784, (i + 1) * 784), 28, 28);
      const after = inkBox(placed.subarray(i * 784, (i + 1) * 784), 28, 28);
      expect(Math.max(after.height, after.width)).toBeLessThanOrEqual(17);
      expect(Math.abs(after.height - before.height * 0.8)).toBeLessThanOrEqual(2);
      expect(Math.abs(after.centre[0]! - before.centre[0]!)).toBeLessThanOrEqual(2);
    }
  });

  it('crops a digit to an input smaller than 28x28, centred, and never writes outside it', () => {
    const placed = placeDigits(digits.images, 1, { input: { height: 20, width: 24 }, digitBox: 20 });
    expect(placed).toHaveLength(20 * 24);
    expect(placed.every((value) => Number.isFinite(value))).toBe(true);
    // The 28x28 image's centre pixel lands on the input's centre.
    expect(placed[10 * 24 + 12]).toBeCloseTo(original(digits.images, 14, 14), 5);
  });

  it('never shifts ink past the edge of the input', () => {
    const shifts = Int8Array.from([9, -9]);
    const placed = placeDigits(digits.images, 1, LENET5_PLACEMENT, undefined, 0, shifts);
    const unshifted = toLenetInput(digits.images, 1, undefined, 0, 32, Int8Array.from([2, -2]));
    expect(placed).toEqual(unshifted);
  });

  it('scales the 28x28 image to 22x22 for a 16-pixel digit box', () => {
    expect(scaledSide(16)).toBe(22);
    expect(scaledSide(20)).toBe(28);
  });
});

function original(images: Uint8Array, row: number, column: number): number {
  const { background, foreground } = INPUT_LEVELS;
  return background + (images[row * 28 + column]! * (foreground - background)) / 255;
}
