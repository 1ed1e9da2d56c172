import { area, NOTHING_DROPPED, volume, type LayerFigures } from '../figures.ts';
import { ok, type Result } from '../result.ts';
import type { FullLayer } from '../spec.ts';
import type { LayerContext } from './context.ts';

/**
 * `position` scope: the same units at every input position (a 1x1 convolution),
 * so parameters stay put and connections grow with the area. `flattened`: one
 * set of units over the whole input volume, so parameters grow with the area.
 */
export function analyzeFull(layer: FullLayer, { input }: LayerContext): Result<LayerFigures> {
  const perPosition = layer.scope === 'position';
  const fanIn = perPosition ? input.channels : volume(input);
  const positions = perPosition ? area(input) : 1;
  const weights = fanIn * layer.units;
  const biases = layer.units;
  return ok({
    name: layer.name,
    kind: layer.kind,
    activation: layer.activation,
    shape: perPosition
      ? { channels: layer.units, height: input.height, width: input.width }
      : { channels: layer.units, height: 1, width: 1 },
    filter: perPosition
      ? { depth: { min: input.channels, max: input.channels }, height: 1, width: 1 }
      : { depth: { min: input.channels, max: input.channels }, height: input.height, width: input.width },
    weights,
    biases,
    trainable: weights + biases,
    fixed: 0,
    connections: positions * (weights + biases),
    macs: positions * weights,
    activations: positions * layer.units,
    dropped: NOTHING_DROPPED,
  });
}
