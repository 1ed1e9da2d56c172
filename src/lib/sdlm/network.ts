import type { LayerOf } from '../lenet/kinds/kind.ts';
import type { Layer, LayerKind, NetworkSpec, Size2 } from '../lenet/spec.ts';
import type { NamedArray } from '../weights/npz.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import type { SdlmLayer } from './layers.ts';
import { SDLM_PARTS } from './network-parts.ts';
import { refuse, type Reading, type SdlmPart } from './part-kit.ts';

export { SdlmNetworkError } from './part-kit.ts';

/** A network the SDLM trainer can run: its trainable layers, its parameter count and its fixed RBF prototypes. */
export interface SdlmNetwork {
  readonly layers: readonly SdlmLayer[];
  readonly parameters: number;
  /** prototypes[class * size + k]: the fixed RBF centres, one row per class. */
  readonly prototypes: Float64Array;
  readonly classes: number;
  readonly inputSize: number;
  /** How to write the parameters as tfjs weights, and read them back. */
  toTfjs(theta: Float64Array): TfjsWeights;
  fromTfjs(weights: TfjsWeights): Float64Array;
}

/** The part of a layer, from its kind's entry; TypeScript cannot tie SDLM_PARTS[layer.kind] to the layer's type. */
const partOf = (layer: Layer, reading: Reading): SdlmPart =>
  (SDLM_PARTS[layer.kind] as (layer: LayerOf<LayerKind>, reading: Reading) => SdlmPart)(layer, reading);

/**
 * The trainer's form of `network` at `input`: convolutions with stride 1 and no
 * padding, trainable subsampling with windows that do not overlap, full layers on
 * single units, the scaled tanh throughout, and a Euclidean RBF output. Anything
 * else throws an SdlmNetworkError that names the layer.
 */
export function sdlmNetwork(network: NetworkSpec, input: Size2): SdlmNetwork {
  if (input.height !== input.width) refuse(`its input must be square; got ${input.height}x${input.width}.`);
  let reading: Reading = { maps: network.layers[0].channels, side: input.width, offset: 0 };
  const parts = network.layers.slice(1).map((layer) => {
    const part = partOf(layer, reading);
    reading = { maps: part.maps, side: part.side, offset: reading.offset + part.count };
    return part;
  });
  const prototypes = parts.at(-1)?.prototypes ?? refuse('its last layer must be the RBF output.');
  const parameters = reading.offset;
  return {
    layers: parts.flatMap((part) => (part.layer ? [part.layer] : [])),
    parameters,
    prototypes: prototypes.values,
    classes: prototypes.classes,
    inputSize: network.layers[0].channels * input.height * input.width,
    toTfjs(theta) {
      const out = new Map<string, NamedArray>();
      for (const part of parts) part.write(theta, out);
      return out;
    },
    fromTfjs(weights) {
      const theta = new Float64Array(parameters);
      for (const part of parts) part.read?.(weights, theta);
      return theta;
    },
  };
}
