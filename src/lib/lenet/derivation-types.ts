import type { Expression } from './expression.ts';

/** How a layer's figures follow from its input and its spec, as checkable arithmetic. */
export interface Derivation {
  /** The output height and width, for layers that slide a window. */
  readonly side?: { readonly height: Expression; readonly width: Expression };
  readonly trainable: Expression;
  readonly fixed?: Expression;
  readonly connections: Expression;
}
