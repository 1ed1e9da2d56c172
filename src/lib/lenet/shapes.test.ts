import { analysisOf } from './test-support.ts';
import { describe, expect, it } from 'vitest';
import { analyze, layerNamed } from './analyze.ts';
import { preset } from './lenet5.ts';

// Worked out by hand: C1 = n - 4, S2 = floor(C1 / 2), C3 = S2 - 4, S4 = floor(C3 / 2), C5 = S4 - 4.
const SIZES = [
  { input: [32, 32], s2: [14, 14], s4: [5, 5], c5: [1, 1] },
  { input: [36, 36], s2: [16, 16], s4: [6, 6], c5: [2, 2] },
  { input: [40, 40], s2: [18, 18], s4: [7, 7], c5: [3, 3] },
  { input: [64, 64], s2: [30, 30], s4: [13, 13], c5: [9, 9] },
  { input: [33, 33], s2: [14, 14], s4: [5, 5], c5: [1, 1] },
  { input: [35, 35], s2: [15, 15], s4: [5, 5], c5: [1, 1] },
  { input: [37, 37], s2: [16, 16], s4: [6, 6], c5: [2, 2] },
  { input: [32, 64], s2: [14, 30], s4: [5, 13], c5: [1, 9] },
  { input: [36, 40], s2: [16, 18], s4: [6, 7], c5: [2, 3] },
  { input: [45, 32], s2: [20, 14], s4: [8, 5], c5: [4, 1] },
];

describe('analyze(paper, HxW) gives the hand-computed shapes', () => {
  it.each(SIZES)('input $input gives S2 $s2, S4 $s4 and C5 $c5', ({ input, s2, s4, c5 }) => {
    const [height, width] = input as [number, number];
    const result = analysisOf(preset('paper'), { height, width });
    const side = (name: string) => {
      const { shape } = layerNamed(result, name)!;
      return [shape.height, shape.width];
    };
    expect(side('S2')).toEqual(s2);
    expect(side('S4')).toEqual(s4);
    expect(side('C5')).toEqual(c5);
  });
});

describe('which input rows and columns a floor drops', () => {
  it.each([
    [32, 'S2', []],
    [33, 'S2', [28]],
    [35, 'S2', [30]],
    [35, 'S4', [10]],
    [32, 'C1', []],
  ])('at %i, %s drops input rows %j', (side, name, rows) => {
    const result = analysisOf(preset('paper'), { height: side, width: 32 });
    const layer = layerNamed(result, name)!;
    expect(layer.dropped.rows).toEqual(rows);
    expect(layer.dropped.columns).toEqual([]);
  });
});

describe('inputs too small for a layer name the first one that fails', () => {
  it.each([
    [28, 28, 'C5', 'C5 needs at least 5x5 input but gets 4x4 (input 28x28).'],
    [31, 31, 'C5', 'C5 needs at least 5x5 input but gets 4x4 (input 31x31).'],
    [32, 28, 'C5', 'C5 needs at least 5x5 input but gets 5x4 (input 32x28).'],
    [18, 18, 'C5', 'C5 needs at least 5x5 input but gets 1x1 (input 18x18).'],
    [14, 14, 'S4', 'S4 needs at least 2x2 input but gets 1x1 (input 14x14).'],
    [12, 12, 'C3', 'C3 needs at least 5x5 input but gets 4x4 (input 12x12).'],
    [5, 5, 'S2', 'S2 needs at least 2x2 input but gets 1x1 (input 5x5).'],
    [4, 40, 'C1', 'C1 needs at least 5x5 input but gets 4x40 (input 4x40).'],
  ])('analyze(paper, %ix%i) fails at %s', (height, width, layer, message) => {
    const result = analyze(preset('paper'), { height, width });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'too-small', layer, message });
  });
});
