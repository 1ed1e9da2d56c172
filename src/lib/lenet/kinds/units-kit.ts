import { LAYER_LIMITS, type Range } from '../layer-limits.ts';
import type { FullLayer, OutputLayer } from '../spec.ts';
import type { LayerSight } from './kind.ts';

/** What full and output layers share: units that read one position, or the whole input flattened. */
export const UNIT_LAYER = {
  sees: (layer: FullLayer | OutputLayer): LayerSight => ({ type: layer.scope === 'flattened' ? 'whole' : 'position' }),
  outputMaps: (layer: FullLayer | OutputLayer): number => layer.units,
  limits: (layer: FullLayer | OutputLayer): [string, number, Range][] => [['units', layer.units, LAYER_LIMITS.units]],
};
