import type { Activation } from './activation.ts';
import type { LayerKind } from './spec.ts';

/** A feature volume: maps x height x width. */
export interface Shape {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
}

/** The input region one unit sees; depth is a range when maps have different fan-ins (sparse C3). */
export interface FilterShape {
  readonly depth: { readonly min: number; readonly max: number };
  readonly height: number;
  readonly width: number;
}

export interface LayerCounts {
  readonly name: string;
  readonly kind: LayerKind;
  readonly activation: Activation;
  readonly shape: Shape;
  readonly filter: FilterShape | null;
  readonly weights: number;
  readonly biases: number;
  /** Weights and biases that learning changes. */
  readonly trainable: number;
  /** Weights fixed by design, such as the RBF prototypes. */
  readonly fixed: number;
  /** Input-to-unit edges plus one bias edge per unit that has a bias (the paper's convention). */
  readonly connections: number;
  /**
   * Multiply-accumulates of one forward pass: one per use of a weight (a kernel
   * value, a coefficient, a prototype value), biases and squashing left out, as
   * torchinfo and Keras count them.
   */
  readonly macs: number;
  /** Values in this layer's output for one input: what a forward pass must keep for the backward one. */
  readonly activations: number;
  /** Rows and columns of this layer's input that the floor in the output size leaves unused. */
  readonly dropped: { readonly rows: readonly number[]; readonly columns: readonly number[] };
}

export interface Totals {
  readonly weights: number;
  readonly biases: number;
  readonly trainable: number;
  readonly fixed: number;
  readonly connections: number;
  readonly macs: number;
  readonly activations: number;
}

export const NOTHING_DROPPED: LayerCounts['dropped'] = { rows: [], columns: [] };

export function sumTotals(layers: readonly LayerCounts[]): Totals {
  const add = (field: keyof Totals) => layers.reduce((sum, layer) => sum + layer[field], 0);
  return {
    weights: add('weights'),
    biases: add('biases'),
    trainable: add('trainable'),
    fixed: add('fixed'),
    connections: add('connections'),
    macs: add('macs'),
    activations: add('activations'),
  };
}

export const area = (shape: Shape): number => shape.height * shape.width;
export const volume = (shape: Shape): number => shape.channels * shape.height * shape.width;
