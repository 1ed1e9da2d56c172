import { analysisOf } from './test-support.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { lenet5 } from './lenet5.ts';
import { MAX_INPUT_SIDE } from './input-size.ts';
import { SWITCH_VALUES } from './switches.ts';

const switches = fc.record({
  c3: fc.constantFrom(...SWITCH_VALUES.c3),
  subsampling: fc.constantFrom(...SWITCH_VALUES.subsampling),
  output: fc.constantFrom(...SWITCH_VALUES.output),
  head: fc.constantFrom(...SWITCH_VALUES.head),
});
// 32 is the smallest side every layer fits in.
const validSide = fc.integer({ min: 32, max: MAX_INPUT_SIDE });
const SEEDED = { seed: 1998, numRuns: 200 };

function analyzed(options: Parameters<typeof lenet5>[0], height: number, width: number) {
  const result = analysisOf(lenet5(options), { height, width });
  return result;
}

describe('properties of analyze over every switch setting and input size', () => {
  it('with head: convolutional the parameters do not depend on the input size', () => {
    fc.assert(
      fc.property(switches, validSide, validSide, (options, height, width) => {
        const convolutional = { ...options, head: 'convolutional' } as const;
        expect(analyzed(convolutional, height, width).totals.trainable).toBe(
          analyzed(convolutional, 32, 32).totals.trainable,
        );
      }),
      SEEDED,
    );
  });

  it('connections never shrink when the input grows', () => {
    fc.assert(
      fc.property(switches, validSide, validSide, fc.nat(40), fc.nat(40), (options, h, w, dh, dw) => {
        const grown = analyzed(options, Math.min(h + dh, MAX_INPUT_SIDE), Math.min(w + dw, MAX_INPUT_SIDE));
        expect(grown.totals.connections).toBeGreaterThanOrEqual(analyzed(options, h, w).totals.connections);
      }),
      SEEDED,
    );
  });

  it('each convolution and subsampling layer makes the same number of connections per output unit', () => {
    fc.assert(
      fc.property(switches, validSide, validSide, (options, height, width) => {
        const small = analyzed(options, 32, 32).layers;
        analyzed(options, height, width).layers.forEach((layer, index) => {
          if (layer.kind !== 'convolution' && layer.kind !== 'subsampling') return;
          const base = small[index]!;
          const perUnit = base.connections / (base.shape.height * base.shape.width);
          expect(layer.connections).toBe(perUnit * layer.shape.height * layer.shape.width);
        });
      }),
      SEEDED,
    );
  });

  it('never gives NaN, Infinity or a negative figure, whatever numbers it is handed', () => {
    const anySide = fc.oneof(fc.integer({ min: -1000, max: 2000 }), fc.double(), fc.constantFrom(NaN, Infinity, -0));
    fc.assert(
      fc.property(switches, anySide, anySide, (options, height, width) => {
        const result = analyze(lenet5(options), { height, width });
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(10);
          return;
        }
        for (const layer of result.value.layers) {
          const numbers = [layer.weights, layer.biases, layer.trainable, layer.fixed, layer.connections];
          numbers.push(layer.shape.channels, layer.shape.height, layer.shape.width);
          for (const value of numbers) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          expect(layer.shape.height * layer.shape.width).toBeGreaterThan(0);
        }
      }),
      SEEDED,
    );
  });
});
