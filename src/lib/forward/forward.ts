import { analyze } from '../lenet/analyze.ts';
import { flattens } from '../lenet/kinds/index.ts';
import type { Activation } from '../lenet/activation.ts';
import { fail, ok, type Result } from '../lenet/result.ts';
import type { Layer, LayerKind, NetworkSpec, Size2 } from '../lenet/spec.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import { activate } from './activate.ts';
import { convolution, dense, rbf, subsampling } from './layers.ts';
import type { Maps } from './maps.ts';

/** One layer's work on one digit: its weighted sums before the squashing, and its output after it. */
export interface LayerPass {
  readonly name: string;
  readonly sums: Maps;
  readonly output: Maps;
}

type Step<K extends LayerKind> = (
  layer: Extract<Layer, { kind: K }>,
  input: Maps,
  weights: TfjsWeights,
  flattened: boolean,
) => { sums: Maps; activation: Activation };

/** What each kind computes; a new kind is a type error here until it has its step. */
const STEPS: { readonly [K in LayerKind]: Step<K> } = {
  input: (_, input) => ({ sums: input, activation: 'identity' }),
  convolution: (layer, input, weights) => ({ sums: convolution(layer, input, weights), activation: layer.activation }),
  subsampling: (layer, input, weights) => ({ sums: subsampling(layer, input, weights), activation: layer.activation }),
  full: (layer, input, weights, flattened) => ({
    sums: dense(layer, input, weights, flattened),
    activation: layer.activation,
  }),
  output: (layer, input, weights, flattened) =>
    layer.classifier.type === 'rbf'
      ? { sums: rbf(layer, input, weights, flattened), activation: 'identity' }
      : { sums: dense(layer, input, weights, flattened), activation: 'softmax' },
};

/**
 * The network's forward pass on one image, in plain TypeScript: every layer's
 * sums and outputs, from tfjs's weights as a saved model stores them. It is the
 * reference the tfjs model is checked against, and what the guide's figures
 * show. `image` is height x width x channels, in the paper's input levels.
 */
export function forwardPass(
  network: NetworkSpec,
  input: Size2,
  weights: TfjsWeights,
  image: Float32Array,
): Result<LayerPass[]> {
  const analysis = analyze(network, input);
  if (!analysis.ok) return analysis;
  const channels = network.layers[0].channels;
  if (image.length !== input.height * input.width * channels)
    return fail({
      code: 'input',
      parameter: 'image',
      message: `The image has ${image.length} values; a ${input.height}x${input.width} input of ${channels} channel(s) needs ${input.height * input.width * channels}.`,
    });
  let current: Maps = { channels, height: input.height, width: input.width, values: image };
  let flat = false;
  const passes: LayerPass[] = [];
  try {
    for (const layer of network.layers) {
      // TypeScript cannot tie STEPS[layer.kind] to the layer's own type; the record's type guarantees it.
      const step = STEPS[layer.kind] as Step<LayerKind>;
      // Once a layer has flattened the maps, every later one reads a 1x1 volume, where both scopes agree.
      flat ||= flattens(layer);
      const { sums, activation } = step(layer, current, weights, flat);
      current = activate(sums, activation);
      passes.push({ name: layer.name, sums, output: current });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail({ code: 'unsupported', field: 'weights', message });
  }
  return ok(passes);
}
