import { add, num, times } from '../expression.ts';
import { area, NOTHING_DROPPED, volume } from '../counts.ts';
import { LAYER_LIMITS } from '../layer-limits.ts';
import { PROTOTYPE_SIZE } from '../prototypes.ts';
import { fail, ok } from '../result.ts';
import {
  activationCode,
  activationOf,
  fieldReader,
  refuse,
  scopeCode,
  scopeOf,
  sizeCode,
  sizeOf,
  whole,
} from './codec.ts';
import { fanInOf, positionsOf } from './derive-kit.ts';
import { nameField, numberField, scopeField } from './field-kit.ts';
import type { LayerKindModule } from './kind.ts';
import { flattenStep, squash } from './step.ts';
import { UNIT_LAYER } from './units-kit.ts';

/**
 * The classifier reads the units at each position of its input, or (flattened
 * scope) the whole input volume once. RBF units hold fixed prototypes and no
 * bias; the softmax layer is an ordinary dense layer.
 */
export const OUTPUT: LayerKindModule<'output'> = {
  kind: 'output',
  label: 'output',
  codePrefix: 'out',

  analyze(layer, { input }) {
    const flattened = layer.scope === 'flattened';
    const fanIn = flattened ? volume(input) : input.channels;
    const positions = flattened ? 1 : area(input);
    const { classifier } = layer;
    if (classifier.type === 'rbf') {
      const prototypeSize = classifier.prototype.height * classifier.prototype.width;
      if (prototypeSize !== fanIn) {
        const per = flattened ? 'in all' : 'per position';
        const message = `${layer.name}'s RBF prototypes have ${prototypeSize} values but the layer before gives ${fanIn} units ${per}.`;
        return fail({ code: 'shape', layer: layer.name, field: 'classifier.prototype', message });
      }
    }
    const weights = fanIn * layer.units;
    const biases = classifier.type === 'rbf' ? 0 : layer.units;
    const fixed = classifier.type === 'rbf' ? weights : 0;
    return ok({
      name: layer.name,
      kind: layer.kind,
      activation: layer.activation,
      shape: flattened
        ? { channels: layer.units, height: 1, width: 1 }
        : { channels: layer.units, height: input.height, width: input.width },
      filter: flattened
        ? { depth: { min: input.channels, max: input.channels }, height: input.height, width: input.width }
        : { depth: { min: fanIn, max: fanIn }, height: 1, width: 1 },
      weights,
      biases,
      trainable: weights + biases - fixed,
      fixed,
      connections: positions * (weights + biases),
      // An RBF unit accumulates one squared difference per prototype value.
      macs: positions * weights,
      activations: positions * layer.units,
      dropped: NOTHING_DROPPED,
    });
  },

  derive(layer, input, output) {
    const units = num(layer.units, 'N');
    const fanIn = fanInOf(layer.scope, input);
    const positions = positionsOf(output);
    if (layer.classifier.type === 'rbf')
      return { trainable: num(0), fixed: times(units, fanIn), connections: times(...positions, units, fanIn) };
    const trainable = times(units, add(fanIn, num(1)));
    return { trainable, connections: times(...positions, trainable) };
  },

  steps(layer, flattened) {
    const flatten = layer.scope === 'flattened' && !flattened ? [flattenStep(layer.name)] : [];
    if (layer.classifier.type === 'rbf') return [...flatten, { op: 'rbf', name: layer.name, units: layer.units }];
    const perPosition = !flattened && layer.scope === 'position';
    return [
      ...flatten,
      { op: 'dense', name: layer.name, units: layer.units, perPosition },
      ...squash(layer.name, 'softmax'),
    ];
  },

  ...UNIT_LAYER,

  fields: (layer) => [
    nameField(layer),
    numberField('units', 'Units', LAYER_LIMITS.units, layer.units, (units) => ({ ...layer, units })),
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
    scopeField(layer),
  ],

  encode(layer) {
    const { classifier } = layer;
    const kind = classifier.type === 'rbf' ? `rbf${sizeCode(classifier.prototype)}` : 'softmax';
    return [`out${layer.units}`, kind, scopeCode(layer.scope), activationCode(layer.activation)];
  },

  decode(name, number, fields) {
    const read = fieldReader(fields, ['rbf', 'softmax', 'pos', 'flat', 'a'], 'output');
    if (read.has('rbf') === read.has('softmax')) refuse('give exactly one classifier, "rbf12x7" or "softmax".');
    const classifier = read.has('rbf')
      ? { type: 'rbf' as const, prototype: sizeOf(read.get('rbf') ?? '', 'the prototype') }
      : { type: 'softmax' as const };
    const units = whole(number, 'the number after "out"');
    return { kind: 'output', name, units, scope: scopeOf(read), classifier, activation: activationOf(read.get('a')) };
  },

  create: (name) => ({
    kind: 'output',
    name,
    units: 10,
    scope: 'flattened',
    classifier: { type: 'softmax' },
    activation: 'softmax',
  }),
};
