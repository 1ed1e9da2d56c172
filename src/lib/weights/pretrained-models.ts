import { flattens } from '../lenet/kinds/index.ts';
import { BUILT_PRESETS } from '../lenet/networks/registry.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';

/** The models the site ships, by their folder under /models/: the registry preset each was trained as. */
export const PRETRAINED_MODELS = ['paper', 'modern', 'lenet1'] as const;

export type PretrainedModel = (typeof PRETRAINED_MODELS)[number];

const shipped = PRETRAINED_MODELS.map((model) => {
  const built = BUILT_PRESETS.find((entry) => entry.preset === model);
  if (!built) throw new Error(`The shipped model ${model} is no preset of the registry.`);
  return { model, layers: JSON.stringify(built.network.layers), input: built.input };
});

/**
 * The shipped model whose weights fit this network at this input size, if one
 * does: the same layers, and, where a layer flattens its input, the input the
 * weights were trained at (a dense layer's weights depend on its input's size).
 */
export function pretrainedFor(network: NetworkSpec, input: Size2): PretrainedModel | undefined {
  const layers = JSON.stringify(network.layers);
  const found = shipped.find((model) => model.layers === layers);
  if (!found) return undefined;
  const sameInput = found.input.height === input.height && found.input.width === input.width;
  return network.layers.some(flattens) && !sameInput ? undefined : found.model;
}
