import type { NamedArray } from '../weights/npz.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import type { SdlmLayer } from './layers.ts';

/** Why the paper's recipe cannot train a network: the layer at fault, and what it must be. */
export class SdlmNetworkError extends Error {
  readonly layer: string | undefined;
  constructor(message: string, layer?: string) {
    super(`The paper's recipe trains networks made as the paper's LeNet-5 is; ${message}`);
    this.name = 'SdlmNetworkError';
    this.layer = layer;
  }
}

export const refuse = (message: string, layer?: string): never => {
  throw new SdlmNetworkError(message, layer);
};

/** What a layer reads: the maps of the layer before, their side, and where its parameters start. */
export interface Reading {
  readonly maps: number;
  readonly side: number;
  readonly offset: number;
}

/** One spec layer in the trainer's form: its SDLM layer, how its weights map to tfjs's, and what it gives. */
export interface SdlmPart {
  readonly layer?: SdlmLayer;
  readonly count: number;
  readonly maps: number;
  readonly side: number;
  readonly write: (theta: Float64Array, out: Map<string, NamedArray>) => void;
  readonly read?: (weights: TfjsWeights, theta: Float64Array) => void;
  /** The fixed RBF centres, class by class, from the output layer. */
  readonly prototypes?: { readonly values: Float64Array; readonly classes: number };
}

export const named = (name: string, shape: number[], data: Float32Array): NamedArray => ({ name, shape, data });

export function weightOf(weights: TfjsWeights, name: string): Float32Array {
  const found = weights.get(name);
  if (!found) throw new Error(`The weights have no ${name}.`);
  return found.data;
}
