import { preset } from '../lenet/lenet5.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import { VARIANTS, type Variant } from '../lenet/switches.ts';
import { LENET_SIDE } from '../mnist/preprocess.ts';

/**
 * The preset whose pretrained weights fit this network at this input size, if
 * one does: the same layers, and, where a layer flattens its input, the input
 * the weights were trained at (a dense layer's weights depend on its input's size).
 */
export function pretrainedFor(network: NetworkSpec, input: Size2): Variant | undefined {
  const layers = JSON.stringify(network.layers);
  const flattens = network.layers.some((layer) => layer.kind === 'full' && layer.scope === 'flattened');
  if (flattens && (input.height !== LENET_SIDE || input.width !== LENET_SIDE)) return undefined;
  return VARIANTS.find((variant) => JSON.stringify(preset(variant).layers) === layers);
}
