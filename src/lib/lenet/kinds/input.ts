import { LAYER_LIMITS } from '../layer-limits.ts';
import { fail } from '../result.ts';
import { fieldReader, whole } from './codec.ts';
import { nameField, numberField } from './field-kit.ts';
import type { LayerKindModule } from './kind.ts';

/** The image itself: only ever the first layer, which the analyser sizes from the input it is given. */
export const INPUT: LayerKindModule<'input'> = {
  kind: 'input',
  label: 'input',
  codePrefix: 'in',
  analyze: (layer) =>
    fail({ code: 'shape', layer: layer.name, message: `${layer.name}: an input layer can only come first.` }),
  derive: () => undefined,
  steps: () => [],
  sees: () => ({ type: 'position' }),
  outputMaps: (layer) => layer.channels,
  limits: (layer) => [['channels', layer.channels, LAYER_LIMITS.channels]],
  fields: (layer) => [
    nameField(layer),
    numberField('channels', 'Channels', LAYER_LIMITS.channels, layer.channels, (channels) => ({ ...layer, channels })),
  ],
  encode: (layer) => [`in${layer.channels}`],
  decode(name, number, fields) {
    fieldReader(fields, [], 'input');
    return { kind: 'input', name, channels: whole(number, 'the number after "in"') };
  },
  create: (name) => ({ kind: 'input', name, channels: 1 }),
};
