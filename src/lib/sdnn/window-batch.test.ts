import { describe, expect, it } from 'vitest';
import { seededRandom } from '../mnist/dataset.ts';
import { boundingBox } from '../drawing/ink.ts';
import { placeDigits } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { cropColumns, composeLine } from './compose.ts';
import { SDNN_TRAINING, trainingWindow, WINDOW } from './sdnn-data.ts';
import { digitPicker, inputLevels, windowBatch } from './window-batch.ts';

const digits = realMnist('test', 50);

describe('inputLevels', () => {
  it.each([0, 1, 2, 3])('maps test digit %i’s ink as placeDigits places it in 32x32', (index) => {
    const pixels = digits.images.subarray(index * 784, (index + 1) * 784);
    // composeLine puts a digit's ink box `margin` columns in and its 28x28 field 2 rows down:
    // a margin of its box's left + 2 puts the field where placeDigits puts it.
    const box = boundingBox({ width: 28, height: 28, pixels })!;
    const line = composeLine([{ pixels, label: digits.labels[index]! }], [], [0], box.x + 2);
    const ours = inputLevels(cropColumns(line.ink, 0, WINDOW));
    const expected = placeDigits(pixels, 1, { input: { height: 32, width: 32 }, digitBox: 20 });
    expect(ours.length).toBe(expected.length);
    expected.forEach((value, k) => expect(ours[k]).toBeCloseTo(value, 5));
  });
});

describe('digitPicker and windowBatch', () => {
  it('picks digits of the set with their labels', () => {
    const digit = digitPicker(digits, () => 0.5)();
    expect(digit.pixels).toEqual(digits.images.subarray(25 * 784, 26 * 784));
    expect(digit.label).toBe(digits.labels[25]);
  });

  it('holds the windows trainingWindow composes from the same seed, in the paper’s levels', () => {
    const count = 12;
    const first = seededRandom(4);
    const batch = windowBatch(first, digitPicker(digits, first), count);
    const second = seededRandom(4);
    const pick = digitPicker(digits, second);
    expect(batch.size).toEqual({ height: 32, width: 32 });
    for (let i = 0; i < count; i++) {
      const window = trainingWindow(second, pick, SDNN_TRAINING);
      expect(batch.labels[i]).toBe(window.label);
      const values = batch.inputs.subarray(i * 1024, (i + 1) * 1024);
      window.ink.pixels.forEach((value, k) => expect(values[k]).toBeCloseTo(-0.1 + (value * 1.275) / 255, 5));
    }
  });
});
