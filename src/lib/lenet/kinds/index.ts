import type { Layer, LayerKind } from '../spec.ts';
import { CONVOLUTION } from './convolution.ts';
import { FULL } from './full.ts';
import { INPUT } from './input.ts';
import type { LayerKindModule } from './kind.ts';
import { OUTPUT } from './output.ts';
import { SUBSAMPLING } from './subsampling.ts';

/** Every kind of layer, by name. Its type makes a new kind in `Layer` an error until its module is here. */
export const KINDS: { readonly [K in LayerKind]: LayerKindModule<K> } = {
  input: INPUT,
  convolution: CONVOLUTION,
  subsampling: SUBSAMPLING,
  full: FULL,
  output: OUTPUT,
};

/**
 * The module of a layer's kind. TypeScript cannot tie `KINDS[layer.kind]` to the
 * layer's own type, so the cast says what the record's type guarantees.
 */
export const kindOf = (layer: Layer): LayerKindModule<LayerKind> =>
  KINDS[layer.kind] as unknown as LayerKindModule<LayerKind>;

export type { LayerKindModule, LayerOf, LayerSight } from './kind.ts';
export { CodeError } from './codec.ts';

/** Whether a layer reads its whole input volume at once, as a dense layer after Flatten does. */
export const flattens = (layer: Layer): boolean => kindOf(layer).sees(layer).type === 'whole';
