import { area, NOTHING_DROPPED, type LayerFigures } from '../figures.ts';
import { fail, ok, type Result } from '../result.ts';
import type { OutputLayer } from '../spec.ts';
import type { LayerContext } from './context.ts';

/**
 * The classifier reads the units at each position of its input. RBF units hold
 * fixed prototypes and no bias; the softmax layer is an ordinary dense layer.
 */
export function analyzeOutput(layer: OutputLayer, { input }: LayerContext): Result<LayerFigures> {
  const fanIn = input.channels;
  const { classifier } = layer;
  if (classifier.type === 'rbf') {
    const prototypeSize = classifier.prototype.height * classifier.prototype.width;
    if (prototypeSize !== fanIn) {
      const message = `${layer.name}'s RBF prototypes have ${prototypeSize} values but the layer before gives ${fanIn} units per position.`;
      return fail({ code: 'shape', layer: layer.name, message });
    }
  }
  const weights = fanIn * layer.units;
  const biases = classifier.type === 'rbf' ? 0 : layer.units;
  const fixed = classifier.type === 'rbf' ? weights : 0;
  return ok({
    name: layer.name,
    kind: layer.kind,
    activation: layer.activation,
    shape: { channels: layer.units, height: input.height, width: input.width },
    filter: { depth: { min: fanIn, max: fanIn }, height: 1, width: 1 },
    weights,
    biases,
    trainable: weights + biases - fixed,
    fixed,
    connections: area(input) * (weights + biases),
    // An RBF unit accumulates one squared difference per prototype value.
    macs: area(input) * weights,
    activations: area(input) * layer.units,
    dropped: NOTHING_DROPPED,
  });
}
