import { describe, expect, it } from 'vitest';
import { BUILT_PRESETS } from '../lenet/networks/registry.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { unpackGuideWeights } from '../weights/guide-weights.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import { committedModel } from '../weights/test-support.ts';
import { computeDigit } from './compute-digit.ts';

// The half-precision weights the figures fetch, packed from the committed model as prepare:data packs them.
const paper = BUILT_PRESETS.find((entry) => entry.preset === 'paper')!;
const weights = unpackGuideWeights(committedModel('paper').guide);
const digit = realMnist('test', 1).images.slice(0, 784);

const without = (name: string): TfjsWeights => new Map([...weights].filter(([key]) => key !== name));
const poisoned = (): TfjsWeights =>
  new Map(
    [...weights].map(([key, array]) => [
      key,
      key.startsWith('c3/kernel') ? { ...array, data: array.data.map(() => NaN) } : array,
    ]),
  );

describe('computeDigit', () => {
  it('runs the paper network on test digit 0 from the guide weights, and reads it as 7', () => {
    const result = computeDigit(paper.network, LENET5_PLACEMENT, weights, digit);
    if (!result.ok) throw new Error(result.error.message);
    const distances = Array.from(result.value.passes.at(-1)!.output.values);
    expect(distances.indexOf(Math.min(...distances))).toBe(7);
  });

  it.each([
    [
      'weights without a layer',
      () => without('c3/kernel'),
      /^This figure cannot compute the network: The weights have no c3\/kernel\.$/,
    ],
    ['weights that give NaN', poisoned, /^The weights give C3 values that are not finite numbers/],
  ])('refuses %s with a message, never a NaN', (_, make, message) => {
    const result = computeDigit(paper.network, LENET5_PLACEMENT, make(), digit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('refuses a network the calculator refuses, an RBF over the wrong number of inputs', () => {
    const layers = paper.network.layers.map((layer) =>
      layer.name === 'F6' && layer.kind === 'full' ? { ...layer, units: 80 } : layer,
    );
    const result = computeDigit(
      { ...paper.network, layers: layers as unknown as typeof paper.network.layers },
      LENET5_PLACEMENT,
      weights,
      digit,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^This figure cannot compute the network: /);
  });
});
