import { NOTHING_DROPPED, sumTotals, volume, type LayerFigures, type Shape, type Totals } from './figures.ts';
import { checkInputSize } from './input-size.ts';
import { analyzeConvolution } from './layers/convolution.ts';
import { analyzeFull } from './layers/full.ts';
import { analyzeOutput } from './layers/output.ts';
import { analyzeSubsampling } from './layers/subsampling.ts';
import type { LayerContext } from './layers/context.ts';
import { fail, ok, type Result } from './result.ts';
import type { Layer, NetworkSpec, Size2 } from './spec.ts';

export interface Analysis {
  readonly network: NetworkSpec;
  readonly input: Size2;
  readonly layers: readonly LayerFigures[];
  readonly totals: Totals;
}

function inputFigures(layer: Layer, shape: Shape): LayerFigures {
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

function analyzeLayer(layer: Layer, context: LayerContext): Result<LayerFigures> {
  switch (layer.kind) {
    case 'input':
      return fail({ code: 'shape', layer: layer.name, message: `${layer.name}: an input layer can only come first.` });
    case 'convolution':
      return analyzeConvolution(layer, context);
    case 'subsampling':
      return analyzeSubsampling(layer, context);
    case 'full':
      return analyzeFull(layer, context);
    case 'output':
      return analyzeOutput(layer, context);
  }
}

/** Every layer's shape, parameters and connections for one input size, and the totals. */
export function analyze(network: NetworkSpec, input: Size2): Result<Analysis> {
  const checked = checkInputSize(input);
  if (!checked.ok) return checked;
  const [first, ...rest] = network.layers;
  const figures: LayerFigures[] = [inputFigures(first, { channels: first.channels, ...input })];
  for (const layer of rest) {
    const previous = figures[figures.length - 1]!;
    const result = analyzeLayer(layer, { input: previous.shape, networkInput: input });
    if (!result.ok) return result;
    figures.push(result.value);
  }
  return ok({ network, input, layers: figures, totals: sumTotals(figures) });
}

/** The figures of the layer with this name, if the analysis has one. */
export function layerNamed(analysis: Analysis, name: string): LayerFigures | undefined {
  return analysis.layers.find((layer) => layer.name === name);
}
