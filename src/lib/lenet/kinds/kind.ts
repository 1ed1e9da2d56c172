import type { Derivation } from '../derivation-types.ts';
import type { LayerCounts, Shape } from '../counts.ts';
import type { LayerField } from '../layer-field-type.ts';
import type { Range } from '../layer-limits.ts';
import type { Result } from '../result.ts';
import type { Activation } from '../activation.ts';
import type { Layer, LayerKind, Size2 } from '../spec.ts';
import type { LayerContext } from './context.ts';
import type { KindStep } from './step.ts';

export type LayerOf<K extends LayerKind> = Extract<Layer, { kind: K }>;

/**
 * What one unit of a layer reads of the layer before: a sliding window, the
 * whole input volume (a layer that flattens), or the same position only.
 */
export type LayerSight =
  | { readonly type: 'window'; readonly window: Size2; readonly stride: number }
  | { readonly type: 'whole' }
  | { readonly type: 'position' };

/**
 * Everything the calculator knows about one kind of layer, in one place: its
 * counts, the arithmetic behind them, the fields a reader may edit and their
 * ranges, how the address spells it, and a fresh one to add. Adding a kind is
 * one more module like this, registered in `KINDS`, whose type makes the
 * compiler list every other place (the exporters' steps, the tfjs builder) that
 * must learn it.
 */
export interface LayerKindModule<K extends LayerKind> {
  readonly kind: K;
  /** The kind in words, as a form's legend says it. */
  readonly label: string;
  /** How the kind starts in the address's `net=` code ("conv6"). */
  readonly codePrefix: string;
  analyze(layer: LayerOf<K>, context: LayerContext): Result<LayerCounts>;
  derive(layer: LayerOf<K>, input: Shape, output: Shape): Derivation | undefined;
  /**
   * The framework-neutral steps the code writers spell (Keras, PyTorch, tfjs);
   * `flattened` says whether a layer before has already flattened the maps.
   */
  steps(layer: LayerOf<K>, flattened: boolean): KindStep<K>[];
  /** What one unit reads of the layer before, for receptive fields and for flattening. */
  sees(layer: LayerOf<K>): LayerSight;
  /** Maps (or units) the layer gives, from the maps it reads. */
  outputMaps(layer: LayerOf<K>, inputMaps: number): number;
  /** Every numeric field with its value and the range it must be in, named as errors name it. */
  limits(layer: LayerOf<K>): [field: string, value: number, range: Range][];
  fields(layer: LayerOf<K>, inputMaps: number): LayerField[];
  /** The fields after the name in the `net=` code, the kind first. */
  encode(layer: LayerOf<K>): string[];
  /** The layer a code describes; throws a CodeError that says what is wrong. */
  decode(name: string, number: string, fields: readonly string[]): LayerOf<K>;
  /** A new layer of this kind with small, ordinary settings. */
  create(name: string, squashing: Activation): LayerOf<K>;
}
