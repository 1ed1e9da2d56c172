import { analyze, type Analysis } from './analyze.ts';
import type { ConvolutionLayer, NetworkSpec, Size2 } from './spec.ts';

/** The analysis of a network that tests expect to compute; anything else fails the test loudly. */
export function analysisOf(network: NetworkSpec, size: Size2): Analysis {
  const result = analyze(network, size);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const conv = (name: string, maps: number, extra: Partial<ConvolutionLayer> = {}): ConvolutionLayer => ({
  kind: 'convolution',
  name,
  maps,
  kernel: { height: 3, width: 3 },
  stride: 1,
  padding: 0,
  connections: { type: 'full' },
  activation: 'relu',
  ...extra,
});

/**
 * Hand-written networks that are not LeNet-5: strides, padding, non-square
 * kernels and windows, overlapping pools, a second connection table.
 */
export const UNUSUAL_SPECS: readonly { readonly network: NetworkSpec; readonly input: Size2 }[] = [
  {
    input: { height: 28, width: 28 },
    network: {
      name: 'strided and padded',
      layers: [
        { kind: 'input', name: 'Input', channels: 1 },
        conv('A', 4, { kernel: { height: 5, width: 3 }, stride: 2, padding: 2, activation: 'tanh' }),
        {
          kind: 'subsampling',
          name: 'B',
          window: { height: 3, width: 2 },
          stride: 1,
          trainable: true,
          activation: 'sigmoid',
        },
        conv('C', 6, {
          connections: {
            type: 'table',
            matrix: [
              [true, false, true, false, true, true],
              [true, true, false, false, false, true],
              [false, true, true, true, false, false],
              [false, false, false, true, true, true],
            ],
          },
        }),
        {
          kind: 'subsampling',
          name: 'D',
          window: { height: 2, width: 3 },
          stride: 2,
          trainable: false,
          activation: 'identity',
        },
        { kind: 'full', name: 'E', units: 12, scope: 'flattened', activation: 'relu' },
        {
          kind: 'output',
          name: 'Output',
          units: 10,
          scope: 'position',
          classifier: { type: 'softmax' },
          activation: 'softmax',
        },
      ],
    },
  },
  {
    input: { height: 20, width: 31 },
    network: {
      name: 'two channels, a per-position head',
      layers: [
        { kind: 'input', name: 'Input', channels: 2 },
        conv('first conv', 5, { kernel: { height: 1, width: 4 }, padding: 1, activation: 'scaled-tanh' }),
        {
          kind: 'subsampling',
          name: 'pool',
          window: { height: 2, width: 2 },
          stride: 2,
          trainable: true,
          activation: 'scaled-tanh',
        },
        conv('C5', 84, { kernel: { height: 4, width: 4 }, stride: 3, activation: 'scaled-tanh' }),
        {
          kind: 'output',
          name: 'Output',
          units: 10,
          scope: 'position',
          classifier: { type: 'rbf', prototype: { height: 12, width: 7 } },
          activation: 'identity',
        },
      ],
    },
  },
];
