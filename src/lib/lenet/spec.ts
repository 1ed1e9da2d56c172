import type { Activation } from './activation.ts';

/** Height and width of a window, a kernel or a feature map, in units. */
export interface Size2 {
  readonly height: number;
  readonly width: number;
}

/** Which input maps feed each output map: everything, or an explicit matrix. */
export type ConnectionTable =
  | { readonly type: 'full' }
  /** `matrix[input][output]` is true where input map `input` feeds output map `output`. */
  | { readonly type: 'table'; readonly matrix: readonly (readonly boolean[])[] };

export interface InputLayer {
  readonly kind: 'input';
  readonly name: string;
  readonly channels: number;
}

export interface ConvolutionLayer {
  readonly kind: 'convolution';
  readonly name: string;
  readonly maps: number;
  readonly kernel: Size2;
  readonly stride: number;
  readonly padding: number;
  readonly connections: ConnectionTable;
  readonly activation: Activation;
}

export interface SubsamplingLayer {
  readonly kind: 'subsampling';
  readonly name: string;
  readonly window: Size2;
  readonly stride: number;
  /** The paper's unit: one trainable coefficient and one bias per map. False: a plain average. */
  readonly trainable: boolean;
  readonly activation: Activation;
}

/**
 * `position`: the same units are applied at every spatial position of the input
 * (a 1x1 convolution; the paper's replicated network). `flattened`: one set of
 * units sees the whole input volume at once (a dense layer after Flatten).
 */
export type FullConnectionScope = 'position' | 'flattened';

export interface FullLayer {
  readonly kind: 'full';
  readonly name: string;
  readonly units: number;
  readonly scope: FullConnectionScope;
  readonly activation: Activation;
}

export type OutputClassifier =
  /** Euclidean RBF units whose weights are fixed prototypes of `prototype` size. */
  { readonly type: 'rbf'; readonly prototype: Size2 } | { readonly type: 'softmax' };

export interface OutputLayer {
  readonly kind: 'output';
  readonly name: string;
  readonly units: number;
  /** As for a full layer: the classifier at every input position, or over the input flattened (LeNet-1). */
  readonly scope: FullConnectionScope;
  readonly classifier: OutputClassifier;
  readonly activation: Activation;
}

export type Layer = InputLayer | ConvolutionLayer | SubsamplingLayer | FullLayer | OutputLayer;
export type LayerKind = Layer['kind'];

/**
 * A table with an entry for every kind: written `EveryKind<{ input: …; … }>`, it
 * fails to compile, where it is written, while a kind lacks its entry.
 */
export type EveryKind<T extends Record<LayerKind, unknown>> = T;

/** A network: the input first, then each layer in the order data flows. */
export interface NetworkSpec {
  readonly name: string;
  readonly layers: readonly [InputLayer, ...Layer[]];
}
