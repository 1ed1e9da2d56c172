import type { LayerFigures } from '../figures.ts';
import { ok, type Result } from '../result.ts';
import type { SubsamplingLayer } from '../spec.ts';
import type { LayerContext } from './context.ts';
import { slideWindow } from './window.ts';

/**
 * Each unit adds its window's inputs; the paper's unit then scales the sum by a
 * trainable coefficient and adds a trainable bias (one of each per map).
 */
export function analyzeSubsampling(layer: SubsamplingLayer, context: LayerContext): Result<LayerFigures> {
  const slid = slideWindow(layer.name, 'window', layer.window, layer.stride, 0, context);
  if (!slid.ok) return slid;
  const { output, dropped } = slid.value;
  const maps = context.input.channels;
  const perMap = layer.trainable ? 1 : 0;
  const units = maps * output.height * output.width;
  const edgesPerUnit = layer.window.height * layer.window.width + perMap;
  return ok({
    name: layer.name,
    kind: layer.kind,
    activation: layer.activation,
    shape: { channels: maps, ...output },
    filter: { depth: { min: 1, max: 1 }, ...layer.window },
    weights: maps * perMap,
    biases: maps * perMap,
    trainable: 2 * maps * perMap,
    fixed: 0,
    connections: units * edgesPerUnit,
    // The window's sum is additions; the paper's unit multiplies it by its coefficient once.
    macs: units * perMap,
    activations: units,
    dropped,
  });
}
