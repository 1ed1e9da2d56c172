import type { Activation } from '../activation.ts';
import type { EveryKind, LayerKind, Size2 } from '../spec.ts';

/** The network as a framework-neutral list of steps, which each code writer spells in its own API. */
export type Step =
  | {
      readonly op: 'conv';
      readonly name: string;
      readonly filters: number;
      readonly kernel: Size2;
      readonly stride: number;
      readonly padding: number;
      /** `table[input][output]`, for a convolution whose maps read only some input maps. */
      readonly table?: readonly (readonly boolean[])[];
    }
  | {
      readonly op: 'subsample';
      readonly name: string;
      readonly window: Size2;
      readonly stride: number;
      readonly trainable: boolean;
    }
  | { readonly op: 'activation'; readonly name: string; readonly activation: Activation }
  | { readonly op: 'flatten'; readonly name: string }
  | { readonly op: 'dense'; readonly name: string; readonly units: number; readonly perPosition: boolean }
  | { readonly op: 'rbf'; readonly name: string; readonly units: number };

/**
 * The ops each kind's own computation is written as, besides the activation and
 * flatten steps any kind may add: a new kind is a type error here until it says
 * which it uses, or adds its own op to Step (whereupon every writer's switch, and
 * the PyTorch state dict's, is a type error until it spells it).
 */
export type KindOps = EveryKind<{
  input: never;
  convolution: 'conv';
  subsampling: 'subsample';
  full: 'dense';
  output: 'dense' | 'rbf';
}>;

/** The steps a layer of kind K may write. */
export type KindStep<K extends LayerKind> = Extract<Step, { readonly op: KindOps[K] | 'activation' | 'flatten' }>;

type ActivationStep = Extract<Step, { readonly op: 'activation' }>;
type FlattenStep = Extract<Step, { readonly op: 'flatten' }>;

/** The flatten step before a layer that reads the whole volume. */
export const flattenStep = (name: string): FlattenStep => ({ op: 'flatten', name: `${name}_flatten` });

/** The activation step after a layer's own, unless it has none. */
export const squash = (name: string, activation: Activation): ActivationStep[] =>
  activation === 'identity' ? [] : [{ op: 'activation', name: `${name}_${activation.replace('-', '_')}`, activation }];
