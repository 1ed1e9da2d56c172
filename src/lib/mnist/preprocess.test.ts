import { describe, expect, it } from 'vitest';
import { INPUT_LEVELS } from '../paper/training.ts';
import { shuffledIndices } from './dataset.ts';
import { inkLevelsOf, toLenetInput } from './preprocess.ts';

describe("toLenetInput: the paper's 32x32 input", () => {
  const pixels = new Uint8Array(28 * 28);
  pixels[0] = 255; // top-left ink pixel of the 28x28 digit
  pixels[28 * 28 - 1] = 128;
  const out = toLenetInput(pixels, 1);

  it('pads the 28x28 digit with two pixels of background on every side', () => {
    expect(out).toHaveLength(32 * 32);
    expect(out[0]).toBeCloseTo(INPUT_LEVELS.background, 6);
    expect(out[2 * 32 + 2]).toBeCloseTo(INPUT_LEVELS.foreground, 6);
    expect(out[31 * 32 + 31]).toBeCloseTo(INPUT_LEVELS.background, 6);
  });

  it('maps white to -0.1, full ink to 1.175 and greys linearly between', () => {
    expect(out[3 * 32 + 3]).toBeCloseTo(-0.1, 6);
    expect(out[29 * 32 + 29]).toBeCloseTo(-0.1 + (128 / 255) * 1.275, 5);
  });
});

describe('inkLevelsOf', () => {
  it('undoes the paper\u2019s levels: every byte of a digit comes back', () => {
    const digit = Uint8Array.from({ length: 784 }, (_, i) => (i * 37) % 256);
    const back = inkLevelsOf(toLenetInput(digit, 1));
    const inner = Array.from({ length: 784 }, (_, i) => back[(Math.floor(i / 28) + 2) * 32 + (i % 28) + 2]!);
    expect(inner.map((value) => Math.round(value) || 0)).toEqual([...digit]);
    expect(Math.max(...back.subarray(0, 64).map(Math.abs))).toBeLessThan(1e-4);
  });
});

describe('shuffledIndices', () => {
  it('is a permutation, and the same one for the same seed', () => {
    const a = shuffledIndices(1000, 7);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...shuffledIndices(1000, 7)]).toEqual([...a]);
    expect([...shuffledIndices(1000, 8)]).not.toEqual([...a]);
  });
});
