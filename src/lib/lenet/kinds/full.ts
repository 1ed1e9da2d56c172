import { add, num, times } from '../expression.ts';
import { area, NOTHING_DROPPED, volume } from '../counts.ts';
import { LAYER_LIMITS } from '../layer-limits.ts';
import { ok } from '../result.ts';
import { activationCode, activationOf, fieldReader, scopeCode, scopeOf, whole } from './codec.ts';
import { fanInOf, positionsOf } from './derive-kit.ts';
import { activationField, nameField, numberField, scopeField } from './field-kit.ts';
import type { LayerKindModule } from './kind.ts';
import { flattenStep, squash } from './step.ts';
import { UNIT_LAYER } from './units-kit.ts';

/**
 * `position` scope: the same units at every input position (a 1x1 convolution),
 * so parameters stay put and connections grow with the area. `flattened`: one
 * set of units over the whole input volume, so parameters grow with the area.
 */
export const FULL: LayerKindModule<'full'> = {
  kind: 'full',
  label: 'full connection',
  codePrefix: 'full',

  analyze(layer, { input }) {
    const perPosition = layer.scope === 'position';
    const fanIn = perPosition ? input.channels : volume(input);
    const positions = perPosition ? area(input) : 1;
    const weights = fanIn * layer.units;
    const biases = layer.units;
    return ok({
      name: layer.name,
      kind: layer.kind,
      activation: layer.activation,
      shape: perPosition
        ? { channels: layer.units, height: input.height, width: input.width }
        : { channels: layer.units, height: 1, width: 1 },
      filter: perPosition
        ? { depth: { min: input.channels, max: input.channels }, height: 1, width: 1 }
        : { depth: { min: input.channels, max: input.channels }, height: input.height, width: input.width },
      weights,
      biases,
      trainable: weights + biases,
      fixed: 0,
      connections: positions * (weights + biases),
      macs: positions * weights,
      activations: positions * layer.units,
      dropped: NOTHING_DROPPED,
    });
  },

  derive(layer, input, output) {
    const trainable = times(num(layer.units, 'N'), add(fanInOf(layer.scope, input), num(1)));
    return { trainable, connections: times(...positionsOf(output), trainable) };
  },

  steps(layer) {
    const perPosition = layer.scope === 'position';
    const flatten = perPosition ? [] : [flattenStep(layer.name)];
    const dense = { op: 'dense', name: layer.name, units: layer.units, perPosition } as const;
    return [...flatten, dense, ...squash(layer.name, layer.activation)];
  },

  ...UNIT_LAYER,

  fields: (layer) => [
    nameField(layer),
    numberField('units', 'Units', LAYER_LIMITS.units, layer.units, (units) => ({ ...layer, units })),
    scopeField(layer),
    activationField(layer),
  ],

  encode: (layer) => [`full${layer.units}`, scopeCode(layer.scope), activationCode(layer.activation)],

  decode(name, number, fields) {
    const read = fieldReader(fields, ['pos', 'flat', 'a'], 'full');
    const units = whole(number, 'the number after "full"');
    return { kind: 'full', name, units, scope: scopeOf(read), activation: activationOf(read.get('a')) };
  },

  create: (name, squashing) => ({ kind: 'full', name, units: 32, scope: 'flattened', activation: squashing }),
};
