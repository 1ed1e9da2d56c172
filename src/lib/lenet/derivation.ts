import type { Analysis } from './analyze.ts';
import type { Derivation } from './derivation-types.ts';
import { kindOf } from './kinds/index.ts';

export type { Derivation } from './derivation-types.ts';

/** The derivation of the named layer's figures; undefined for the input or an unknown name. */
export function derive(analysis: Analysis, name: string): Derivation | undefined {
  const index = analysis.layers.findIndex((layer) => layer.name === name);
  const layer = analysis.network.layers[index];
  if (index < 1 || !layer) return undefined;
  return kindOf(layer).derive(layer, analysis.layers[index - 1]!.shape, analysis.layers[index]!.shape);
}
