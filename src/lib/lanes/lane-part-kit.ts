import type { Layer } from '../lenet/spec.ts';
import type { LaneActivation, LaneLayer } from './plan.ts';

/** What a layer reads: the maps of the layer before, their side, and where its parameters start. */
export interface LaneReading {
  readonly maps: number;
  readonly side: number;
  readonly offset: number;
}

/** One spec layer in the lane engine's form and what it gives the next, or why the engine cannot run it. */
export type LanePart =
  | { readonly ok: true; readonly layer: LaneLayer; readonly maps: number; readonly side: number }
  | { readonly ok: false; readonly reason: string };

export const refusal = (reason: string): LanePart => ({ ok: false, reason });

export const range = (count: number, index: (k: number) => number) =>
  Uint32Array.from({ length: count }, (_, k) => index(k));

/** The squashing after a hidden layer: a softmax there is refused, the output's is the loss's. */
export const hiddenActivation = (layer: Exclude<Layer, { kind: 'input' }>): LaneActivation | undefined =>
  layer.activation === 'softmax' ? (layer.kind === 'output' ? 'identity' : undefined) : layer.activation;
