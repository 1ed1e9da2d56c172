import { flattens } from '../lenet/kinds/index.ts';
import { BUILT_PRESETS, type NetworkId } from '../lenet/networks/registry.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';

/**
 * The models the site ships, by their folder under /models/: the registry preset
 * each was trained as. Every other list of models (the guide's figures, the
 * facts, the explorer's download) is typed by this one.
 */
export const PRETRAINED_MODELS = ['paper', 'modern', 'lenet1'] as const;

export type PretrainedModel = (typeof PRETRAINED_MODELS)[number];

/** How a sentence names each shipped model. */
export const PRETRAINED_NAMES: Readonly<Record<PretrainedModel, string>> = {
  paper: "the paper's LeNet-5",
  modern: 'the modern port',
  lenet1: 'LeNet-1',
};

const shipped = PRETRAINED_MODELS.map((model) => {
  const built = BUILT_PRESETS.find((entry) => entry.preset === model);
  if (!built) throw new Error(`The shipped model ${model} is no preset of the registry.`);
  const sizeBound = built.network.layers.some(flattens);
  return { model, id: built.id, layers: JSON.stringify(built.network.layers), input: built.input, sizeBound };
});

/**
 * The shipped models of a registry network, its default preset first. A network
 * without one throws, so that a page asking for its weights fails the build
 * rather than showing another network's.
 */
export function pretrainedOf(network: NetworkId): readonly [PretrainedModel, ...PretrainedModel[]] {
  const [first, ...rest] = shipped.filter((entry) => entry.id === network).map((entry) => entry.model);
  if (!first) throw new Error(`No pretrained weights ship for ${network}; train it and add it to PRETRAINED_MODELS.`);
  return [first, ...rest];
}

/** Where each shipped model's weights fit, in words: "the modern port at 32x32". */
export const pretrainedReach = (): string[] =>
  shipped.map(({ model, input, sizeBound }) =>
    sizeBound
      ? `${PRETRAINED_NAMES[model]} at ${input.height}x${input.width}`
      : `${PRETRAINED_NAMES[model]} at any input size`,
  );

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
  return found.sizeBound && !sameInput ? undefined : found.model;
}
