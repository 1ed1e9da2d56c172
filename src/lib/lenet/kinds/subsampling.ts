import { add, num, times } from '../expression.ts';
import { LAYER_LIMITS } from '../layer-limits.ts';
import { ok } from '../result.ts';
import { activationCode, activationOf, fieldReader, refuse, sizeCode, sizeOf, whole } from './codec.ts';
import { positionsOf, slide } from './derive-kit.ts';
import { activationField, nameField, numberField, sizeFields } from './field-kit.ts';
import type { LayerKindModule } from './kind.ts';
import { squash } from './step.ts';
import { slideWindow } from './window.ts';

/**
 * Each unit adds its window's inputs; the paper's unit then scales the sum by a
 * trainable coefficient and adds a trainable bias (one of each per map).
 */
export const SUBSAMPLING: LayerKindModule<'subsampling'> = {
  kind: 'subsampling',
  label: 'subsampling',
  codePrefix: 'sub',

  analyze(layer, context) {
    const slid = slideWindow(layer.name, 'window', layer.window, layer.stride, 0, context);
    if (!slid.ok) return slid;
    const { output, dropped } = slid.value;
    const maps = context.input.channels;
    const perMap = layer.trainable ? 1 : 0;
    const units = maps * output.height * output.width;
    const edgesPerUnit = layer.window.height * layer.window.width + perMap;
    return ok({
      name: layer.name,
      kind: layer.kind,
      activation: layer.activation,
      shape: { channels: maps, ...output },
      filter: { depth: { min: 1, max: 1 }, ...layer.window },
      weights: maps * perMap,
      biases: maps * perMap,
      trainable: 2 * maps * perMap,
      fixed: 0,
      connections: units * edgesPerUnit,
      // The window's sum is additions; the paper's unit multiplies it by its coefficient once.
      macs: units * perMap,
      activations: units,
      dropped,
    });
  },

  derive(layer, input, output) {
    const { height, width } = layer.window;
    const side = {
      height: slide(input.height, height, layer.stride, 0),
      width: slide(input.width, width, layer.stride, 0),
    };
    const window = times(num(height, 'k'), num(width, 'k'));
    const edges = layer.trainable ? add(window, num(1)) : window;
    const maps = num(input.channels, 'N');
    return {
      side,
      trainable: layer.trainable ? times(num(2), maps) : num(0),
      connections: times(...positionsOf(output), maps, edges),
    };
  },

  steps: ({ name, window, stride, trainable, activation }) => [
    { op: 'subsample', name, window, stride, trainable },
    ...squash(name, activation),
  ],

  sees: (layer) => ({ type: 'window', window: layer.window, stride: layer.stride }),

  outputMaps: (_, inputMaps) => inputMaps,

  limits: (layer) => [
    ['window.height', layer.window.height, LAYER_LIMITS.window],
    ['window.width', layer.window.width, LAYER_LIMITS.window],
    ['stride', layer.stride, LAYER_LIMITS.stride],
  ],

  fields: (layer) => [
    nameField(layer),
    ...sizeFields('window', 'Window', LAYER_LIMITS.window, layer.window, (window) => ({ ...layer, window })),
    numberField('stride', 'Stride', LAYER_LIMITS.stride, layer.stride, (stride) => ({ ...layer, stride })),
    {
      type: 'check',
      key: 'trainable',
      label: 'Trainable coefficient and bias',
      value: layer.trainable,
      set: (trainable) => ({ ...layer, trainable }),
    },
    activationField(layer),
  ],

  encode: (layer) => [
    'sub',
    `w${sizeCode(layer.window)}`,
    `s${layer.stride}`,
    ...(layer.trainable ? ['tr'] : []),
    activationCode(layer.activation),
  ],

  decode(name, number, fields) {
    if (number !== '') refuse(`"sub" takes no number; give the window as a field, like w2.`);
    const read = fieldReader(fields, ['w', 's', 'tr', 'a'], 'subsampling');
    return {
      kind: 'subsampling',
      name,
      window: sizeOf(read.need('w', 'window'), 'the window'),
      stride: whole(read.need('s', 'stride'), 'the stride'),
      trainable: read.has('tr'),
      activation: activationOf(read.get('a')),
    };
  },

  create: (name) => ({
    kind: 'subsampling',
    name,
    window: { height: 2, width: 2 },
    stride: 2,
    trainable: false,
    activation: 'identity',
  }),
};
