import { describe, expect, it } from 'vitest';
import { SCALED_TANH, scaledTanh } from './activation.ts';

describe('the scaled tanh of Appendix A', () => {
  it('uses A = 1.7159 and S = 2/3', () => {
    expect(SCALED_TANH).toEqual({ amplitude: 1.7159, slope: 2 / 3 });
  });

  it.each([
    [1, 1],
    [-1, -1],
    [0, 0],
  ])('f(%d) is about %d', (a, expected) => {
    expect(scaledTanh(a)).toBeCloseTo(expected, 3);
  });

  it('stays inside (-A, A)', () => {
    expect(scaledTanh(100)).toBeLessThanOrEqual(1.7159);
    expect(scaledTanh(-100)).toBeGreaterThanOrEqual(-1.7159);
  });
});
