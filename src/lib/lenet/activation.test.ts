import { describe, expect, it } from 'vitest';
import { scaledTanh } from './activation.ts';

describe('the scaled tanh of Appendix A', () => {
  // Appendix A: S and A are chosen so that f(1) = 1 and f(-1) = -1, and the second
  // derivative of f is largest at a = 1 and a = -1. Both are checked numerically.
  it("f''(a) peaks at a = 1, as Appendix A chooses S for", () => {
    const h = 1e-3;
    const second = (a: number) => (scaledTanh(a + h) - 2 * scaledTanh(a) + scaledTanh(a - h)) / (h * h);
    const grid = Array.from({ length: 2001 }, (_, i) => i / 1000);
    const peak = grid.reduce((best, a) => (Math.abs(second(a)) > Math.abs(second(best)) ? a : best), 0);
    expect(peak).toBeCloseTo(1, 1);
  });

  it.each([
    [1, 1],
    [-1, -1],
    [0, 0],
  ])('f(%d) is about %d', (a, expected) => {
    expect(scaledTanh(a)).toBeCloseTo(expected, 3);
  });

  it('stays inside (-A, A)', () => {
    // Appendix A gives the amplitude as 1.7159.
    expect(scaledTanh(100)).toBeCloseTo(1.7159, 4);
    expect(scaledTanh(-100)).toBeCloseTo(-1.7159, 4);
  });
});
