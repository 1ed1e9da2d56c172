import type { LayerFigures } from '../figures.ts';
import { fail, ok, type Result } from '../result.ts';
import type { ConvolutionLayer } from '../spec.ts';
import type { LayerContext } from './context.ts';
import { slideWindow } from './window.ts';

/** How many input maps feed each output map, or why the table does not fit the layer. */
export function fanIns(layer: ConvolutionLayer, inputMaps: number): Result<number[]> {
  const { connections, maps, name } = layer;
  if (connections.type === 'full') return ok(Array<number>(maps).fill(inputMaps));
  const { matrix } = connections;
  const rowsWrong = matrix.length !== inputMaps;
  if (rowsWrong || matrix.some((row) => row.length !== maps)) {
    const got = `${matrix.length}x${matrix[0]?.length ?? 0}`;
    const message = `${name}'s connection table must have ${inputMaps} rows (input maps) and ${maps} columns (${name} maps); got ${got}.`;
    return fail({ code: 'table', layer: name, field: 'connections', message });
  }
  const counts = Array.from({ length: maps }, (_, map) => matrix.filter((row) => row[map]).length);
  const empty = counts.indexOf(0);
  if (empty >= 0) {
    const message = `${name} map ${empty} has no input map; every map needs at least one connection.`;
    return fail({ code: 'table', layer: name, field: 'connections', message });
  }
  return ok(counts);
}

export function analyzeConvolution(layer: ConvolutionLayer, context: LayerContext): Result<LayerFigures> {
  const slid = slideWindow(layer.name, 'kernel', layer.kernel, layer.stride, layer.padding, context);
  if (!slid.ok) return slid;
  const fans = fanIns(layer, context.input.channels);
  if (!fans.ok) return fans;
  const { output, dropped } = slid.value;
  const kernelArea = layer.kernel.height * layer.kernel.width;
  const weights = fans.value.reduce((sum, fan) => sum + fan * kernelArea, 0);
  const biases = layer.maps;
  return ok({
    name: layer.name,
    kind: layer.kind,
    activation: layer.activation,
    shape: { channels: layer.maps, ...output },
    filter: { depth: { min: Math.min(...fans.value), max: Math.max(...fans.value) }, ...layer.kernel },
    weights,
    biases,
    trainable: weights + biases,
    fixed: 0,
    connections: output.height * output.width * (weights + biases),
    macs: output.height * output.width * weights,
    activations: layer.maps * output.height * output.width,
    dropped,
  });
}
