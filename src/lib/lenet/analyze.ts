import { NOTHING_DROPPED, sumTotals, volume, type LayerCounts, type Shape, type Totals } from './counts.ts';
import { checkInputSize } from './input-size.ts';
import { checkLayerFields } from './check-layer-fields.ts';
import { kindOf } from './kinds/index.ts';
import { fail, ok, type LenetError, type Result } from './result.ts';
import type { Layer, NetworkSpec, Size2 } from './spec.ts';

export interface Analysis {
  readonly network: NetworkSpec;
  readonly input: Size2;
  readonly layers: readonly LayerCounts[];
  readonly totals: Totals;
}

function inputFigures(layer: Layer, shape: Shape): LayerCounts {
  const zero = { weights: 0, biases: 0, trainable: 0, fixed: 0, connections: 0, macs: 0 };
  return {
    name: layer.name,
    kind: layer.kind,
    activation: 'identity',
    shape,
    filter: null,
    ...zero,
    activations: volume(shape),
    dropped: NOTHING_DROPPED,
  };
}

/** The analysis of the layers that can be computed, up to the first that cannot, and why that one cannot. */
export interface PartialAnalysis {
  /** The network's first layers, as far as they can be computed (at least the input, if the input size is valid). */
  readonly analysis?: Analysis;
  readonly error: LenetError;
}

function analyzeLayers(network: NetworkSpec, input: Size2): { figures: LayerCounts[]; error?: LenetError } {
  const [first, ...rest] = network.layers;
  const firstChecked = checkLayerFields(first);
  if (!firstChecked.ok) return { figures: [], error: firstChecked.error };
  const figures: LayerCounts[] = [inputFigures(first, { channels: first.channels, ...input })];
  for (const layer of rest) {
    const previous = figures[figures.length - 1]!;
    const checked = checkLayerFields(layer);
    if (!checked.ok) return { figures, error: checked.error };
    const result = kindOf(layer).analyze(layer, { input: previous.shape, networkInput: input });
    if (!result.ok) return { figures, error: result.error };
    figures.push(result.value);
  }
  return { figures };
}

const assemble = (network: NetworkSpec, input: Size2, figures: LayerCounts[]): Analysis => ({
  network:
    figures.length === network.layers.length
      ? network
      : { ...network, layers: network.layers.slice(0, figures.length) as unknown as NetworkSpec['layers'] },
  input,
  layers: figures,
  totals: sumTotals(figures),
});

/** Every layer's shape, parameters and connections for one input size, and the totals. */
export function analyze(network: NetworkSpec, input: Size2): Result<Analysis> {
  const checked = checkInputSize(input);
  if (!checked.ok) return checked;
  const { figures, error } = analyzeLayers(network, input);
  return error ? fail(error) : ok(assemble(network, input, figures));
}

/**
 * For a network that cannot be computed at this size: the layers before the one
 * that fails, computed at this size, so that a page can show them and say where
 * the network stops. Undefined when the whole network can be computed.
 */
export function analyzeUntilFailure(network: NetworkSpec, input: Size2): PartialAnalysis | undefined {
  const checked = checkInputSize(input);
  if (!checked.ok) return { error: checked.error };
  const { figures, error } = analyzeLayers(network, input);
  if (!error) return undefined;
  return figures.length > 0 ? { analysis: assemble(network, input, figures), error } : { error };
}

/** The figures of the layer with this name, if the analysis has one. */
export function layerNamed(analysis: Analysis, name: string): LayerCounts | undefined {
  return analysis.layers.find((layer) => layer.name === name);
}
