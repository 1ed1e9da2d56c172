import { describe, expect, it } from 'vitest';
import { preset } from './lenet5.ts';
import { receptiveFields } from './receptive-field.ts';

const side = (n: number) => ({ height: n, width: n });

describe('receptiveFields(analysis)', () => {
  // Worked by hand: each window adds (k - 1) x the step so far, and each stride multiplies the step.
  it('analyze(paper, 32x32) gives C1 5, S2 6, C3 14, S4 16, C5 32, and C5 units 4 pixels apart', () => {
    const fields = receptiveFields(preset('paper'), side(32));
    expect(fields.map(({ name, size }) => [name, size.height])).toEqual([
      ['Input', 1],
      ['C1', 5],
      ['S2', 6],
      ['C3', 14],
      ['S4', 16],
      ['C5', 32],
      ['F6', 32],
      ['Output', 32],
    ]);
    expect(fields.find((field) => field.name === 'C5')!.step).toEqual(side(4));
  });

  it('a flattening F6 sees the whole input, 36x40 at 36x40; a per-position F6 still sees 32x32', () => {
    const at = (variant: 'paper' | 'modern') =>
      receptiveFields(preset(variant), { height: 36, width: 40 }).find((field) => field.name === 'F6')!.size;
    expect(at('modern')).toEqual({ height: 36, width: 40 });
    expect(at('paper')).toEqual(side(32));
  });
});
