import type { Activation } from '../lenet/activation.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import { formatSize } from '../lenet/input-size.ts';
import type { LaneRefusal } from './lane-part-kit.ts';
import { lanePartOf, type LaneReading } from './lane-parts.ts';

export type { LaneRefusal } from './lane-part-kit.ts';

/** How a lane layer's parameters sit in the flat vector, and where tfjs keeps each of them. */
export interface TfjsSlot {
  /** The tfjs weight's name ("c3/kernel"). */
  readonly name: string;
  /** tfjsIndex[k]: where the layer's k-th parameter of this slot sits in the tfjs array. */
  readonly tfjsIndex: Uint32Array;
  /** Where the slot starts in the flat vector. */
  readonly offset: number;
}

interface Common {
  readonly name: string;
  /** Values in and out, per digit. */
  readonly inputSize: number;
  readonly outputSize: number;
  readonly offset: number;
  readonly count: number;
  readonly slots: readonly TfjsSlot[];
}

export interface LaneConvolution extends Common {
  readonly kind: 'convolution';
  readonly inputMaps: number;
  /** Zeros around each input map, as tfjs adds them. */
  readonly padding: number;
  /** The side of the planes the kernels slide over: the input maps' side with the padding on both sides. */
  readonly inputSide: number;
  readonly maps: number;
  readonly side: number;
  readonly kernel: number;
  /** [input map, output map] of each kernel, in parameter order; the biases follow the kernels. */
  readonly links: readonly (readonly [number, number])[];
  readonly activation: LaneActivation;
}

export interface LaneSubsampling extends Common {
  readonly kind: 'subsampling';
  readonly maps: number;
  readonly side: number;
  readonly window: number;
  /** Coefficients then biases when trainable; a plain average otherwise. */
  readonly trainable: boolean;
  readonly activation: LaneActivation;
}

export interface LaneDense extends Common {
  readonly kind: 'dense';
  readonly inputs: number;
  readonly units: number;
  readonly activation: LaneActivation;
}

export interface LaneSoftmax extends Common {
  readonly kind: 'softmax';
  readonly inputs: number;
  readonly units: number;
}

export interface LaneRbf extends Common {
  readonly kind: 'rbf';
  readonly inputs: number;
  readonly units: number;
}

export type LaneLayer = LaneConvolution | LaneSubsampling | LaneDense | LaneSoftmax | LaneRbf;
export type LaneActivation = Exclude<Activation, 'softmax'>;

export interface LanePlan {
  readonly layers: readonly LaneLayer[];
  /** Trainable parameters, and the same rounded up to whole lanes. */
  readonly parameters: number;
  readonly paddedParameters: number;
  readonly inputSize: number;
  readonly classes: number;
  /** Softmax outputs train against labels smoothed by this much (0 or absent: one-hot), a training choice. */
  readonly labelSmoothing?: number;
}

export type PlanResult =
  { readonly ok: true; readonly plan: LanePlan } | { readonly ok: false; readonly refusal: LaneRefusal };

/**
 * The lane trainer's form of a network at an input size, or what keeps it off:
 * square convolutions of stride 1, zero-padded or not, subsampling over windows that tile
 * their input, full layers and outputs on single units or on the whole input
 * flattened, and no hidden softmax. Anything else trains on tfjs as before.
 */
export function lanePlan(network: NetworkSpec, input: Size2): PlanResult {
  if (input.height !== input.width) {
    const side = Math.max(input.height, input.width);
    const refusal = {
      layer: undefined,
      setting: `input of ${formatSize(input)}`,
      instead: `a square input (${side}x${side})`,
    };
    return { ok: false, refusal };
  }
  let reading: LaneReading = { maps: network.layers[0].channels, side: input.width, offset: 0 };
  const layers: LaneLayer[] = [];
  for (const layer of network.layers.slice(1)) {
    const part = lanePartOf(layer, reading);
    if (!part.ok) return part;
    layers.push(part.layer);
    reading = { maps: part.maps, side: part.side, offset: reading.offset + part.layer.count };
  }
  const last = layers.at(-1);
  if (!last || (last.kind !== 'softmax' && last.kind !== 'rbf'))
    return {
      ok: false,
      refusal: { layer: last?.name, setting: 'place as the last layer', instead: 'an output layer last' },
    };
  return {
    ok: true,
    plan: {
      layers,
      parameters: reading.offset,
      paddedParameters: Math.ceil(reading.offset / 4) * 4,
      inputSize: network.layers[0].channels * input.height * input.width,
      classes: last.units,
    },
  };
}
