import type { Layer } from '../lenet/spec.ts';
import type { LaneActivation, LaneLayer } from './plan.ts';

/** What a layer reads: the maps of the layer before, their side, and where its parameters start. */
export interface LaneReading {
  readonly maps: number;
  readonly side: number;
  readonly offset: number;
}

/**
 * What keeps a network off the lane engine, in words for the reader: the layer,
 * its field's setting that the engine cannot run, and a setting it can.
 */
export interface LaneRefusal {
  /** The layer ("C1"), or undefined where the network's input is at fault. */
  readonly layer: string | undefined;
  /** The field and its value, as the explorer's editor names them: "padding of 2". */
  readonly setting: string;
  /** A value of the same field that the engine runs: "padding 0". */
  readonly instead: string;
}

/** One spec layer in the lane engine's form and what it gives the next, or why the engine cannot run it. */
export type LanePart =
  | { readonly ok: true; readonly layer: LaneLayer; readonly maps: number; readonly side: number }
  | { readonly ok: false; readonly refusal: LaneRefusal };

export const refusal = (layer: string | undefined, setting: string, instead: string): LanePart => ({
  ok: false,
  refusal: { layer, setting, instead },
});

/** Refuses a hidden layer that ends in a softmax, which only the output's loss takes. */
export const softmaxRefusal = (layer: { readonly name: string }): LanePart =>
  refusal(layer.name, 'activation of softmax', 'any other activation');

export const range = (count: number, index: (k: number) => number) =>
  Uint32Array.from({ length: count }, (_, k) => index(k));

/** The squashing after a hidden layer: a softmax there is refused, the output's is the loss's. */
export const hiddenActivation = (layer: Exclude<Layer, { kind: 'input' }>): LaneActivation | undefined =>
  layer.activation === 'softmax' ? (layer.kind === 'output' ? 'identity' : undefined) : layer.activation;
