import type { Activation } from '../activation.ts';
import type { LayerField } from '../layer-field-type.ts';
import type { Range } from '../layer-limits.ts';
import type { FullLayer, InputLayer, Layer, OutputLayer, Size2 } from '../spec.ts';

/**
 * How a form names each activation, in the order it lists them: a new activation
 * is a type error here until it has its words. Only an output's classifier
 * applies a softmax, so a form never offers it.
 */
const ACTIVATION_LABELS: Readonly<Record<Activation, string | undefined>> = {
  'scaled-tanh': 'Scaled tanh (paper)',
  tanh: 'tanh',
  sigmoid: 'Sigmoid',
  relu: 'ReLU',
  identity: 'None',
  softmax: undefined,
};

export const ACTIVATION_WORDS: readonly (readonly [Activation, string])[] = (
  Object.entries(ACTIVATION_LABELS) as [Activation, string | undefined][]
).flatMap(([activation, label]) => (label === undefined ? [] : [[activation, label] as const]));

const isActivation = (value: string): value is Activation => ACTIVATION_WORDS.some(([name]) => name === value);

export const nameField = (layer: Layer): LayerField => ({
  type: 'text',
  key: 'name',
  label: 'Name',
  value: layer.name,
  set: (name) => ({ ...layer, name }),
});

export const numberField = (
  key: string,
  label: string,
  range: Range,
  value: number,
  set: (value: number) => Layer,
): LayerField => ({ type: 'number', key, label, range, value, set });

/** A height and a width, as two number fields. */
export const sizeFields = (
  key: string,
  label: string,
  range: Range,
  size: Size2,
  set: (size: Size2) => Layer,
): LayerField[] => [
  numberField(`${key}.height`, `${label} height`, range, size.height, (height) => set({ ...size, height })),
  numberField(`${key}.width`, `${label} width`, range, size.width, (width) => set({ ...size, width })),
];

export const activationField = (layer: Exclude<Layer, InputLayer>): LayerField => ({
  type: 'choice',
  key: 'activation',
  label: 'Activation',
  options: ACTIVATION_WORDS,
  value: layer.activation,
  set: (value) => (isActivation(value) ? { ...layer, activation: value } : layer),
});

export const scopeField = (layer: FullLayer | OutputLayer): LayerField => ({
  type: 'choice',
  key: 'scope',
  label: 'Reads',
  options: [
    ['flattened', 'Flatten, then dense'],
    ['position', 'At every position'],
  ],
  value: layer.scope,
  set: (value) => ({ ...layer, scope: value === 'position' ? 'position' : 'flattened' }),
});
