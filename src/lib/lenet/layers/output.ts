import { area, NOTHING_DROPPED, volume, type LayerFigures } from '../figures.ts';
import { fail, ok, type Result } from '../result.ts';
import type { OutputLayer } from '../spec.ts';
import type { LayerContext } from './context.ts';

/**
 * The classifier reads the units at each position of its input, or (flattened
 * scope) the whole input volume once. RBF units hold fixed prototypes and no
 * bias; the softmax layer is an ordinary dense layer.
 */
export function analyzeOutput(layer: OutputLayer, { input }: LayerContext): Result<LayerFigures> {
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
}
