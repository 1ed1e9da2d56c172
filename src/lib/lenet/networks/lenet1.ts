import type { ConnectionTable, NetworkSpec } from '../spec.ts';
import type { NetworkEntry } from './entry.ts';

const NIPS_1989 =
  'LeCun, Boser, Denker, Henderson, Howard, Hubbard and Jackel, "Handwritten digit recognition with a back-propagation network", NIPS 2 (1989)';

/** H2 map (1-based) to the H3 maps (1-based) it feeds, as the NIPS paper's Table 1 lists them. */
export const LENET1_H3_LINKS: Readonly<Record<number, readonly number[]>> = {
  1: [1, 2, 3, 5, 6],
  2: [2, 3, 4, 5, 6],
  3: [7, 8, 9, 11, 12],
  4: [8, 9, 10, 11, 12],
};

/** H3's table as the spec holds it: `matrix[input][output]`, 4 rows and 12 columns. */
export const LENET1_H3_TABLE: readonly (readonly boolean[])[] = Object.values(LENET1_H3_LINKS).map((outputs) =>
  Array.from({ length: 12 }, (_, map) => outputs.includes(map + 1)),
);

const square = (side: number) => ({ height: side, width: side });
const conv = (name: string, maps: number, connections: ConnectionTable) =>
  ({
    kind: 'convolution',
    name,
    maps,
    kernel: square(5),
    stride: 1,
    padding: 0,
    connections,
    activation: 'scaled-tanh',
  }) as const;
const subsample = (name: string) =>
  ({ kind: 'subsampling', name, window: square(2), stride: 2, trainable: true, activation: 'scaled-tanh' }) as const;

/**
 * LeNet-1 as the NIPS paper describes it. Its output units are squashing units
 * fully connected to H4; the site trains them as a softmax layer, which has the
 * same 1,930 weights and biases.
 */
export const LENET1: NetworkSpec = {
  name: 'LeNet-1',
  layers: [
    { kind: 'input', name: 'Input', channels: 1 },
    conv('H1', 4, { type: 'full' }),
    subsample('H2'),
    conv('H3', 12, { type: 'table', matrix: LENET1_H3_TABLE }),
    subsample('H4'),
    {
      kind: 'output',
      name: 'Output',
      units: 10,
      scope: 'flattened',
      classifier: { type: 'softmax' },
      activation: 'softmax',
    },
  ],
};

export const LENET1_ENTRY: NetworkEntry<'lenet1'> = {
  id: 'lenet1',
  label: 'LeNet-1 (1989)',
  source: { citation: NIPS_1989, location: 'the description of the network and Table 1' },
  input: square(28),
  placement: {
    digitBox: 16,
    description: 'the digit down-sampled to 16x16 and centred in the 28x28 input',
  },
  reportedError: {
    percent: 1.7,
    source: { citation: 'LeCun et al. 1998', location: 'Section III-C.7 and Fig. 9' },
  },
  presets: { lenet1: {} },
  build: () => LENET1,
};
