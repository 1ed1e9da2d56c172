import { describe, expect, it } from 'vitest';
import { preset } from '../lenet/lenet5.ts';
import type { Layer, NetworkSpec, Size2 } from '../lenet/spec.ts';
import { lanePlan } from './plan.ts';
import { laneRefusalInWords } from './refusal-words.ts';

const SQUARE = { height: 32, width: 32 };

/** The modern preset with one layer's fields changed, or the layers rewritten. */
function edited(name: string, change: Partial<Record<string, unknown>>): NetworkSpec {
  const modern = preset('modern');
  const layers = modern.layers.map((layer) => (layer.name === name ? { ...layer, ...change } : layer));
  return { ...modern, layers: layers as unknown as NetworkSpec['layers'] };
}

function rewritten(change: (layers: readonly Layer[]) => readonly Layer[]): NetworkSpec {
  const modern = preset('modern');
  return { ...modern, layers: change(modern.layers) as unknown as NetworkSpec['layers'] };
}

const words = (network: NetworkSpec, input: Size2 = SQUARE) => {
  const planned = lanePlan(network, input);
  return planned.ok ? 'it trains on the lane engine' : laneRefusalInWords(planned.refusal);
};

const tail = 'keeps this network on tfjs, slower; with';

describe('what keeps a network off the lane engine, in words', () => {
  it.each<[string, NetworkSpec, Size2, string]>([
    [
      'an input that is not square',
      preset('modern'),
      { height: 32, width: 28 },
      `The input of 32x28 ${tail} a square input (32x32) it trains on the lane engine.`,
    ],
    [
      'a hidden softmax',
      edited('C3', { activation: 'softmax' }),
      SQUARE,
      `C3's activation of softmax ${tail} any other activation it trains on the lane engine.`,
    ],
    [
      'a kernel that is not square',
      edited('C1', { kernel: { height: 5, width: 3 } }),
      SQUARE,
      `C1's kernel of 5x3 ${tail} a square kernel (3x3) it trains on the lane engine.`,
    ],
    [
      'a convolution of stride 2',
      edited('C1', { stride: 2 }),
      SQUARE,
      `C1's stride of 2 ${tail} stride 1 it trains on the lane engine.`,
    ],
    [
      'a kernel wider than its input padded',
      edited('C1', { kernel: { height: 7, width: 7 } }),
      { height: 6, width: 6 },
      `C1's kernel of 7x7 ${tail} a kernel at most 6 wide (its input's side, padded) it trains on the lane engine.`,
    ],
    [
      'a window that is not square',
      edited('S2', { window: { height: 2, width: 1 }, stride: 1 }),
      SQUARE,
      `S2's window of 2x1 ${tail} a square window (1x1) it trains on the lane engine.`,
    ],
    [
      'windows that overlap',
      edited('S2', { stride: 1 }),
      SQUARE,
      `S2's stride of 1 ${tail} stride 2 (its window's side) it trains on the lane engine.`,
    ],
    [
      'windows that do not tile their input',
      preset('modern'),
      { height: 31, width: 31 },
      `S2's window of 2x2 on its 27x27 input ${tail} a window that tiles it (3x3, 9x9, 27x27) it trains on the lane engine.`,
    ],
    [
      'a full layer at every position of a wider input',
      edited('F6', { scope: 'position' }),
      { height: 36, width: 36 },
      `F6's reading at every position of its 2x2 input ${tail} Reads set to “Flatten, then dense” it trains on the lane engine.`,
    ],
    [
      'a second input layer',
      rewritten((layers) => [layers[0]!, { kind: 'input', name: 'IN2', channels: 1 }, ...layers.slice(1)]),
      SQUARE,
      `IN2's place as a second input ${tail} one input layer, the first it trains on the lane engine.`,
    ],
    [
      'no output layer last',
      rewritten((layers) => layers.slice(0, -1)),
      SQUARE,
      `F6's place as the last layer ${tail} an output layer last it trains on the lane engine.`,
    ],
  ])('%s', (_, network, input, expected) => {
    expect(words(network, input)).toBe(expected);
  });

  it('has nothing to say of padding, which the lane engine runs', () => {
    expect(words(edited('C1', { padding: 2 }))).toBe('it trains on the lane engine');
  });
});
