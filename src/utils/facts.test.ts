import { describe, expect, it } from 'vitest';
import { BUILT_PRESETS } from '../lib/lenet/networks/registry.ts';
import { seededRandom } from '../lib/mnist/dataset.ts';
import { sdlmNetwork } from '../lib/sdlm/network.ts';
import { initialParameters } from '../lib/sdlm/trainer.ts';
import { FACTS } from './facts.ts';

const paper = BUILT_PRESETS.find((entry) => entry.id === 'lenet5' && entry.preset === 'paper')!;
const network = sdlmNetwork(paper.network, paper.input);

/** The largest starting value among a layer's parameters, over a few seeds of the recipe's initialisation. */
function largestStart(name: string): number {
  const layer = network.layers.find((candidate) => candidate.name === name)!;
  let largest = 0;
  for (const seed of [1, 2, 3, 4, 5]) {
    const theta = initialParameters(network, seededRandom(seed));
    for (let p = layer.offset; p < layer.offset + layer.count; p++) largest = Math.max(largest, Math.abs(theta[p]!));
  }
  return largest;
}

describe("the training page's account of the recipe's initialisation", () => {
  // The page's bounds are printed to three decimals, so each is good to half a thousandth.
  const printed = (name: 'c1InitBound' | 'c1InitBoundWithBias') => Number(FACTS[name]);

  it('C1 starts within the printed bound that counts the bias, and reaches up to it', () => {
    const largest = largestStart('C1');
    expect(largest).toBeLessThanOrEqual(printed('c1InitBoundWithBias') + 0.0005);
    expect(largest).toBeGreaterThan(printed('c1InitBoundWithBias') - 0.0005);
  });

  it("C1's range is narrower than the paper's fan-in alone would give", () => {
    expect(largestStart('C1')).toBeLessThan(printed('c1InitBound') - 0.0005);
  });

  it('S2 starts within 2.4 over the fan-in the page gives with the bias, not the one without', () => {
    const largest = largestStart('S2');
    expect(largest).toBeLessThanOrEqual(Number(FACTS.initRange) / Number(FACTS.s2FanInWithBias));
    expect(largest).toBeGreaterThan(Number(FACTS.initRange) / (Number(FACTS.s2FanInWithBias) + 1));
  });
});

describe("the results page's account of the paper's recipe", () => {
  it('says the schedule as the paper gives it, from the one copy of it', () => {
    expect(FACTS.scheduleInWords).toBe(
      '0.0005 for two passes, 0.0002 for three, 0.0001 for three, 0.00005 for four, 0.00001 after',
    );
    expect(FACTS.largestUnscaledStep).toBe('0.025');
  });
});
