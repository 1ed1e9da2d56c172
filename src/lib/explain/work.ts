import type { Activation } from '../lenet/activation.ts';
import type { EveryKind } from '../lenet/spec.ts';
import type { Span, Unit } from './unit.ts';

/** One input map's share of a convolution unit: its kernel, the window it covers, and their products summed. */
export interface LinkWork {
  readonly map: number;
  /** Row-major, kernel height x width. */
  readonly kernel: Float32Array;
  /** The input values under the kernel, row-major; zero where the window lies in the padding. */
  readonly window: Float32Array;
  readonly partial: number;
}

/** How one unit's weighted sum becomes its output. */
export interface Squashing {
  readonly sum: number;
  readonly activation: Activation;
  readonly output: number;
}

/** The terms of a dot product that weigh most, and what the rest add up to. */
export interface Terms {
  readonly largest: readonly { readonly input: number; readonly value: number; readonly weight: number }[];
  readonly count: number;
  readonly rest: number;
}

interface WorkOf<K extends string> {
  readonly kind: K;
  readonly layer: string;
  readonly unit: Unit;
  /** Whether the layer's maps have more than one unit, so that a unit is named by its map and position. */
  readonly spatial: boolean;
  /** What the unit reads on the layer below, and on the image. */
  readonly window: Span;
  readonly image: Span;
}

export interface InputWork extends WorkOf<'input'> {
  /** The grey level of the MNIST pixel (0 paper to 255 ink), or undefined in the margin around the digit. */
  readonly grey: number | undefined;
  readonly level: number;
}

export interface ConvolutionWork extends WorkOf<'convolution'>, Squashing {
  readonly kernel: { readonly height: number; readonly width: number };
  readonly links: readonly LinkWork[];
  readonly bias: number;
}

export interface SubsamplingWork extends WorkOf<'subsampling'>, Squashing {
  readonly values: Float32Array;
  readonly total: number;
  /** The paper's trainable coefficient and bias, or undefined for a plain average. */
  readonly trainable: { readonly coefficient: number; readonly bias: number } | undefined;
}

export interface FullWork extends WorkOf<'full'>, Squashing {
  readonly terms: Terms;
  readonly bias: number;
}

export interface DistanceWork extends WorkOf<'distance'> {
  /** The layer's input (F6's outputs) and the unit's prototype, 84 values each. */
  readonly inputs: Float32Array;
  readonly prototype: Float32Array;
  readonly distances: readonly number[];
  readonly answer: number;
}

export interface SoftmaxWork extends WorkOf<'softmax'> {
  readonly terms: Terms;
  readonly bias: number;
  readonly logits: readonly number[];
  readonly probabilities: readonly number[];
  readonly answer: number;
}

/** What a unit of each kind computed: a new kind is a type error here until it says (and explain.ts computes it). */
export type WorkByKind = EveryKind<{
  input: InputWork;
  convolution: ConvolutionWork;
  subsampling: SubsamplingWork;
  full: FullWork;
  output: DistanceWork | SoftmaxWork;
}>;

/** What one unit computed on this digit, with the numbers it used. */
export type UnitWork = WorkByKind[keyof WorkByKind];
