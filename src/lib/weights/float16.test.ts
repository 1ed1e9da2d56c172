import { describe, expect, it } from 'vitest';
import { decodeFloat16, encodeFloat16, fromFloat16Bits, toFloat16Bits } from './float16.ts';

// The oracle: IEEE 754 half-precision bit patterns as the standard tabulates them.
describe('toFloat16Bits and fromFloat16Bits', () => {
  it.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [0.5, 0x3800],
    [65504, 0x7bff],
    [2 ** -14, 0x0400],
    [2 ** -24, 0x0001],
    [0, 0x0000],
    [1 / 3, 0x3555],
    [Infinity, 0x7c00],
    [1e6, 0x7c00],
  ])('%f is 0x%s', (value, bits) => {
    expect(toFloat16Bits(value)).toBe(bits);
  });

  it('rounds halfway cases to even: 1 + 2^-11 to 1, 1 + 3 x 2^-11 to 1 + 2^-9', () => {
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });

  it('reads back every normal half exactly', () => {
    for (let bits = 0x0400; bits < 0x7c00; bits += 37) expect(toFloat16Bits(fromFloat16Bits(bits))).toBe(bits);
  });

  it('encodes and decodes an array with a relative error below 2^-11 for normal values', () => {
    const values = Float32Array.from([0.1234, -3.75, 1.7159, 0.000123, -42.5]);
    const back = decodeFloat16(encodeFloat16(values));
    values.forEach((value, i) => expect(Math.abs(back[i]! - value) / Math.abs(value)).toBeLessThan(2 ** -11));
  });
});

describe('subnormal halves', () => {
  it.each([
    [3 * 2 ** -25, 0x0002],
    [5 * 2 ** -25, 0x0002],
    [2 ** -25, 0x0000],
    [-(2 ** -15), 0x8200],
  ])('%e is 0x%s, rounded to even', (value, bits) => {
    expect(toFloat16Bits(value)).toBe(bits);
  });
});
