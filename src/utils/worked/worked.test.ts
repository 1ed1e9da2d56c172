import { describe, expect, it } from 'vitest';
import { TABLE_ONE } from '../../lib/lenet/table-one.ts';
import { decimal } from './arithmetic.ts';
import { convolveAll, EDGE_BIAS, EDGE_KERNEL, evenWindow, INPUT_PATCH } from './convolution.ts';
import { c3Inputs, c3Unit } from './c3-unit.ts';
import { subsamplingUnit } from './subsampling.ts';

describe('the worked examples, checked by hand', () => {
  it('the edge kernel at the top-left of the patch: 0.5 x (0.5 + 0.8 + 1.175) - 0.5 x (-0.3) - 0.2 = 1.188', () => {
    // Right column (0.5, 0.8, 1.175) times 0.5, left column (-0.1 three times) times -0.5, plus the bias.
    const first = convolveAll(INPUT_PATCH, EDGE_KERNEL, EDGE_BIAS)[0]![0];
    expect(first!.a).toBeCloseTo(0.5 * 2.475 + 0.15 - 0.2, 10);
    expect(decimal(first!.a)).toBe('1.188');
  });

  // The kernel's columns, -0.5, 0 and 0.5, cancel on a window of one level: a is the bias, -0.2, and
  // f(-0.2) = 1.7159 tanh(-0.2 x 2/3) = -0.227, whatever the level.
  it.each([
    ['blank paper', -0.1],
    ['solid ink', 1.175],
  ])('the edge kernel on an even window of %s gives a = the bias, -0.2, and f(a) = -0.227', (_, level) => {
    const even = evenWindow(level);
    expect(even.kernelSum).toBe(0);
    expect(even.a).toBeCloseTo(-0.2, 10);
    expect(decimal(even.output)).toBe('−0.227');
  });

  it('a 3x3 kernel over a 4x4 patch gives a 2x2 map', () => {
    const map = convolveAll(INPUT_PATCH, EDGE_KERNEL, EDGE_BIAS);
    expect(map.map((row) => row.length)).toEqual([2, 2]);
  });

  it('a subsampling unit: (0.4 + 1.1 + 0.9 + 1.2) x 0.3 + 0.1 = 1.18 before squashing', () => {
    expect(subsamplingUnit().a).toBeCloseTo(3.6 * 0.3 + 0.1, 10);
  });

  it("C3 maps 4 and 5 read S2 maps {0, 4, 5} and {0, 1, 5}: Table I's contiguous triples wrap around", () => {
    expect(c3Inputs(TABLE_ONE, 4)).toEqual([0, 4, 5]);
    expect(c3Inputs(TABLE_ONE, 5)).toEqual([0, 1, 5]);
    expect(c3Inputs(TABLE_ONE, 0)).toEqual([0, 1, 2]);
  });

  it('decimal prints at most three decimals and a true minus sign', () => {
    expect(decimal(-0.1)).toBe('−0.1');
    expect(decimal(1.18750001)).toBe('1.188');
    expect(decimal(-0)).toBe('0');
  });
});

describe('c3Unit', () => {
  it('adds one partial sum per S2 map it reads, then one bias: 0.8 - 0.3 + 1.1 - 0.5 = 1.1', () => {
    const unit = c3Unit([0, 1, 5], [0.8, -0.3, 1.1], -0.5);
    expect(unit.terms.map((term) => term.map)).toEqual([0, 1, 5]);
    expect(unit.a).toBeCloseTo(1.1, 10);
  });
});
