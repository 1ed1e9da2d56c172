import { flattens } from '../lenet/kinds/index.ts';
import { BUILT_PRESETS, type BuiltPreset, type NetworkId } from '../lenet/networks/registry.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';

/**
 * The models the site ships, by their folder under /models/. Every other list of
 * models (the guide's figures, the facts, the explorer's download, the pad) is
 * typed by this one.
 */
export const PRETRAINED_MODELS = ['paper', 'modern', 'lenet1', 'paper-distorted'] as const;

export type PretrainedModel = (typeof PRETRAINED_MODELS)[number];

/** The registry preset each shipped model was trained as; a preset may have several. */
export const PRETRAINED_PRESETS: Readonly<Record<PretrainedModel, string>> = {
  paper: 'paper',
  modern: 'modern',
  lenet1: 'lenet1',
  'paper-distorted': 'paper',
};

/** How a sentence names each shipped model. */
export const PRETRAINED_NAMES: Readonly<Record<PretrainedModel, string>> = {
  paper: "the paper's LeNet-5",
  modern: 'the modern port',
  lenet1: 'LeNet-1',
  'paper-distorted': "the paper's LeNet-5 trained with distortions",
};

/** The same, short enough for a phone's menu. */
export const PRETRAINED_SHORT_NAMES: Readonly<Record<PretrainedModel, string>> = {
  paper: "Paper's LeNet-5",
  modern: 'Modern port',
  lenet1: 'LeNet-1',
  'paper-distorted': "Paper's, with distortions",
};

/** How a model was trained, where its preset ships more than one: said after the preset's name. */
export const PRETRAINED_TRAINING: Readonly<Partial<Record<PretrainedModel, string>>> = {
  'paper-distorted': 'trained with distortions',
};

export const isPretrainedModel = (name: string): name is PretrainedModel =>
  (PRETRAINED_MODELS as readonly string[]).includes(name);

/** The registry network and preset a shipped model's weights belong to. */
export function builtOf(model: PretrainedModel): BuiltPreset {
  const built = BUILT_PRESETS.find((entry) => entry.preset === PRETRAINED_PRESETS[model]);
  if (!built) throw new Error(`The shipped model ${model} is no preset of the registry.`);
  return built;
}

const shipped = PRETRAINED_MODELS.map((model) => {
  const built = builtOf(model);
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
  return pretrainedAllFor(network, input)[0];
}

/** Every shipped model whose weights fit this network at this input size, in PRETRAINED_MODELS's order. */
export function pretrainedAllFor(network: NetworkSpec, input: Size2): PretrainedModel[] {
  const layers = JSON.stringify(network.layers);
  const sameInput = (model: (typeof shipped)[number]) =>
    model.input.height === input.height && model.input.width === input.width;
  return shipped
    .filter((model) => model.layers === layers && (!model.sizeBound || sameInput(model)))
    .map((model) => model.model);
}
