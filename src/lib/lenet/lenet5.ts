import { MNIST_FIELD } from '../paper/training.ts';
import type { Activation } from './activation.ts';
import type { ConnectionTable, Layer, NetworkSpec } from './spec.ts';
import { PRESETS, type Switches, type Variant } from './switches.ts';
import { TABLE_ONE } from './table-one.ts';

export interface LeNet5Options extends Switches {
  /** A custom C3 table (6 rows, 16 columns); overrides `c3` when given. */
  readonly c3Table?: readonly (readonly boolean[])[];
  /** The nonlinearity of C1 to F6 (the paper: A tanh(S a)). */
  readonly squashing?: Activation;
  /** Zeros around C1's input on every side; the paper pads the image instead, so 0. */
  readonly c1Padding?: number;
}

const square = (side: number) => ({ height: side, width: side });

function c3Connections(options: LeNet5Options): ConnectionTable {
  if (options.c3Table) return { type: 'table', matrix: options.c3Table };
  return options.c3 === 'sparse' ? { type: 'table', matrix: TABLE_ONE } : { type: 'full' };
}

/** The LeNet-5 of Section II-B, with each of the four switches set independently. */
export function lenet5(options: LeNet5Options): NetworkSpec {
  const squashing = options.squashing ?? 'scaled-tanh';
  const trainable = options.subsampling === 'trainable';
  const scope = options.head === 'convolutional' ? 'position' : 'flattened';
  const conv = (name: string, maps: number, connections: ConnectionTable, padding = 0): Layer => ({
    kind: 'convolution',
    name,
    maps,
    kernel: square(5),
    stride: 1,
    padding,
    connections,
    activation: squashing,
  });
  const pool = (name: string): Layer => ({
    kind: 'subsampling',
    name,
    window: square(2),
    stride: 2,
    trainable,
    activation: trainable ? squashing : 'identity',
  });
  return {
    name: `LeNet-5 (${describeSwitches(options)})`,
    layers: [
      { kind: 'input', name: 'Input', channels: 1 },
      conv('C1', 6, { type: 'full' }, options.c1Padding ?? 0),
      pool('S2'),
      conv('C3', 16, c3Connections(options)),
      pool('S4'),
      conv('C5', 120, { type: 'full' }),
      { kind: 'full', name: 'F6', units: 84, scope, activation: squashing },
      options.output === 'rbf'
        ? {
            kind: 'output',
            name: 'Output',
            units: 10,
            scope: 'position',
            classifier: { type: 'rbf', prototype: { height: 12, width: 7 } },
            activation: 'identity',
          }
        : {
            kind: 'output',
            name: 'Output',
            units: 10,
            scope: 'position',
            classifier: { type: 'softmax' },
            activation: 'softmax',
          },
    ],
  };
}

const OUTPUT_NAMES = { rbf: 'RBF output', softmax: 'softmax output' } as const;

/** A short name for a switch setting, as in "sparse C3, trainable subsampling, RBF output, convolutional head". */
export function describeSwitches(options: LeNet5Options): string {
  const c3 = options.c3Table ? 'custom C3' : `${options.c3} C3`;
  return [c3, `${options.subsampling} subsampling`, OUTPUT_NAMES[options.output], `${options.head} head`].join(', ');
}

/**
 * The LeNet most tutorials build (the d2l.ai chapter, the Keras examples): the
 * modern switches, sigmoid units, and MNIST's 28x28 image read directly, with C1's
 * input padded by 2 so that C1 is still 28x28.
 */
export const TUTORIAL_LENET5 = {
  network: {
    ...lenet5({ ...PRESETS.modern, squashing: 'sigmoid', c1Padding: 2 }),
    name: 'LeNet-5 as tutorials build it (28x28 input, C1 padded by 2, sigmoid)',
  },
  input: { height: MNIST_FIELD.field, width: MNIST_FIELD.field },
} as const;

export function preset(variant: Variant): NetworkSpec {
  return lenet5(PRESETS[variant]);
}
