import { describe, expect, it } from 'vitest';
import { powerOfTen } from './power-of-ten.ts';

describe('powerOfTen', () => {
  it.each([
    [0.000019, '1.9×10⁻⁵'],
    [0.025, '2.5×10⁻²'],
    [7e-5, '7.0×10⁻⁵'],
    [12345, '1.2×10⁴'],
  ])('writes %d as %s', (value, text) => {
    expect(powerOfTen(value)).toBe(text);
  });
});
