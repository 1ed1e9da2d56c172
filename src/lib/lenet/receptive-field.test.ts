import { describe, expect, it } from 'vitest';
import { preset, TUTORIAL_LENET5 } from './lenet5.ts';
import { receptiveFields, receptiveFieldText } from './receptive-field.ts';

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

describe('receptiveFieldText', () => {
  it.each([
    ['the paper at 32x32, C5', preset('paper'), 'C5', '32x32'],
    [
      "the tutorials' padded LeNet-5 at 28x28, C5",
      TUTORIAL_LENET5.network,
      'C5',
      '32x32 (larger than the 28x28 input: the rest is padding)',
    ],
    ["the tutorials' padded LeNet-5 at 28x28, C1", TUTORIAL_LENET5.network, 'C1', '5x5'],
  ])('for %s is "%s"', (_, network, name, text) => {
    const input = network === TUTORIAL_LENET5.network ? TUTORIAL_LENET5.input : { height: 32, width: 32 };
    const field = receptiveFields(network, input).find((layer) => layer.name === name)!;
    expect(receptiveFieldText(field.size, input)).toBe(text);
  });
});
