import type { Activation } from '../activation.ts';
import type { Size2 } from '../spec.ts';

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

/** The activation step after a layer's own, unless it has none. */
export const squash = (name: string, activation: Activation): Step[] =>
  activation === 'identity' ? [] : [{ op: 'activation', name: `${name}_${activation.replace('-', '_')}`, activation }];
