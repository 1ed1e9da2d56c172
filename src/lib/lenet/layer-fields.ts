import type { Activation } from './activation.ts';
import { setTable } from './edit.ts';
import { LAYER_LIMITS, type Range } from './layer-limits.ts';
import { PROTOTYPE_SIZE } from './prototypes.ts';
import type { Layer } from './spec.ts';

/** What an editor needs to know about the layer before: how many maps it gives. */
export interface FieldContext {
  readonly inputMaps: number;
}

interface FieldBase {
  /** The spec field it edits, as errors name it ("kernel.height"). */
  readonly key: string;
  readonly label: string;
}

export type LayerField =
  | (FieldBase & {
      readonly type: 'number';
      readonly range: Range;
      readonly value: number;
      readonly set: (value: number) => Layer;
    })
  | (FieldBase & {
      readonly type: 'choice';
      readonly options: readonly (readonly [value: string, label: string])[];
      readonly value: string;
      readonly set: (value: string) => Layer;
    })
  | (FieldBase & { readonly type: 'check'; readonly value: boolean; readonly set: (value: boolean) => Layer })
  | (FieldBase & { readonly type: 'text'; readonly value: string; readonly set: (value: string) => Layer });

export const ACTIVATION_WORDS: readonly (readonly [Activation, string])[] = [
  ['scaled-tanh', 'Scaled tanh (paper)'],
  ['tanh', 'tanh'],
  ['sigmoid', 'Sigmoid'],
  ['relu', 'ReLU'],
  ['identity', 'None'],
];

const SCOPE_WORDS = [
  ['flattened', 'Flatten, then dense'],
  ['position', 'At every position'],
] as const;

const isActivation = (value: string): value is Activation => ACTIVATION_WORDS.some(([name]) => name === value);

/** The fields a reader can edit in one layer, each with its value and how to change it. */
export function layerFields(layer: Layer, { inputMaps }: FieldContext): LayerField[] {
  const name: LayerField = {
    type: 'text',
    key: 'name',
    label: 'Name',
    value: layer.name,
    set: (value) => ({ ...layer, name: value }),
  };
  const number = (key: string, label: string, range: Range, value: number, set: (value: number) => Layer) =>
    ({ type: 'number', key, label, range, value, set }) as const;
  if (layer.kind === 'input')
    return [
      name,
      number('channels', 'Channels', LAYER_LIMITS.channels, layer.channels, (channels) => ({ ...layer, channels })),
    ];
  const activation: LayerField = {
    type: 'choice',
    key: 'activation',
    label: 'Activation',
    options: ACTIVATION_WORDS,
    value: layer.activation,
    set: (value) => (isActivation(value) ? { ...layer, activation: value } : layer),
  };
  switch (layer.kind) {
    case 'convolution':
      return [
        name,
        number('maps', 'Maps', LAYER_LIMITS.maps, layer.maps, (maps) => ({ ...layer, maps })),
        number('kernel.height', 'Kernel height', LAYER_LIMITS.kernel, layer.kernel.height, (height) => ({
          ...layer,
          kernel: { ...layer.kernel, height },
        })),
        number('kernel.width', 'Kernel width', LAYER_LIMITS.kernel, layer.kernel.width, (width) => ({
          ...layer,
          kernel: { ...layer.kernel, width },
        })),
        number('stride', 'Stride', LAYER_LIMITS.stride, layer.stride, (stride) => ({ ...layer, stride })),
        number('padding', 'Padding', LAYER_LIMITS.padding, layer.padding, (padding) => ({ ...layer, padding })),
        {
          type: 'choice',
          key: 'connections',
          label: 'Input maps',
          options: [
            ['full', 'All of them'],
            ['table', 'A table'],
          ],
          value: layer.connections.type,
          set: (value) => setTable(layer, value === 'table', inputMaps),
        },
        activation,
      ];
    case 'subsampling':
      return [
        name,
        number('window.height', 'Window height', LAYER_LIMITS.window, layer.window.height, (height) => ({
          ...layer,
          window: { ...layer.window, height },
        })),
        number('window.width', 'Window width', LAYER_LIMITS.window, layer.window.width, (width) => ({
          ...layer,
          window: { ...layer.window, width },
        })),
        number('stride', 'Stride', LAYER_LIMITS.stride, layer.stride, (stride) => ({ ...layer, stride })),
        {
          type: 'check',
          key: 'trainable',
          label: 'Trainable coefficient and bias',
          value: layer.trainable,
          set: (trainable) => ({ ...layer, trainable }),
        },
        activation,
      ];
    case 'full':
      return [
        name,
        number('units', 'Units', LAYER_LIMITS.units, layer.units, (units) => ({ ...layer, units })),
        {
          type: 'choice',
          key: 'scope',
          label: 'Reads',
          options: SCOPE_WORDS,
          value: layer.scope,
          set: (value) => ({ ...layer, scope: value === 'position' ? 'position' : 'flattened' }),
        },
        activation,
      ];
    case 'output':
      return [
        name,
        number('units', 'Units', LAYER_LIMITS.units, layer.units, (units) => ({ ...layer, units })),
        {
          type: 'choice',
          key: 'classifier',
          label: 'Classifier',
          options: [
            ['softmax', 'Softmax'],
            ['rbf', 'RBF (fixed prototypes)'],
          ],
          value: layer.classifier.type,
          set: (value) =>
            value === 'rbf'
              ? { ...layer, classifier: { type: 'rbf', prototype: PROTOTYPE_SIZE }, activation: 'identity' }
              : { ...layer, classifier: { type: 'softmax' }, activation: 'softmax' },
        },
        {
          type: 'choice',
          key: 'scope',
          label: 'Reads',
          options: SCOPE_WORDS,
          value: layer.scope,
          set: (value) => ({ ...layer, scope: value === 'position' ? 'position' : 'flattened' }),
        },
      ];
  }
}

/** The field an error is about, among a layer's fields: "kernel" points at the kernel's height. */
export function fieldForError(fields: readonly LayerField[], errorField: string | undefined): LayerField | undefined {
  if (!errorField) return undefined;
  return fields.find(
    (field) =>
      field.key === errorField || field.key.startsWith(`${errorField}.`) || errorField.startsWith(`${field.key}.`),
  );
}
