import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { preset } from './lenet5.ts';
import type { Layer, NetworkSpec } from './spec.ts';

const paper = preset('paper');
const edited = (index: number, change: Partial<Layer>): NetworkSpec => ({
  ...paper,
  layers: paper.layers.map((layer, i) =>
    i === index ? { ...layer, ...change } : layer,
  ) as unknown as NetworkSpec['layers'],
});

describe('analyze(spec) refuses a field outside its range, naming the layer and the field', () => {
  it.each([
    [1, { maps: 0 }, 'C1', 'maps', 'from 1 to 1024, not 0'],
    [1, { maps: 2.5 }, 'C1', 'maps', 'not 2.5'],
    [3, { stride: 0 }, 'C3', 'stride', 'from 1 to 64, not 0'],
    [1, { padding: -1 }, 'C1', 'padding', 'from 0 to 64, not -1'],
    [5, { kernel: { height: 5, width: Infinity } }, 'C5', 'kernel.width', 'not a number too large to write'],
    [2, { window: { height: 0, width: 2 } }, 'S2', 'window.height', 'not 0'],
    [6, { units: 5000 }, 'F6', 'units', 'from 1 to 4096'],
    [0, { channels: 9 }, 'Input', 'channels', 'from 1 to 4'],
    [6, { name: '' }, '', 'name', 'must have 1 to 24 characters'],
  ])('layer %i changed to %j: %s %s', (index, change, layer, field, message) => {
    const result = analyze(edited(index, change), { height: 32, width: 32 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ layer, field });
      expect(result.error.message).toContain(message);
    }
  });
});
