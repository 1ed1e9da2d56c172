import type { LayerCounts } from '../counts.ts';
import { add, num, times } from '../expression.ts';
import { LAYER_LIMITS } from '../layer-limits.ts';
import { fail, ok, type Result } from '../result.ts';
import type { ConvolutionLayer } from '../spec.ts';
import { fullTable, linkCount } from '../table-one.ts';
import { activationCode, activationOf, fieldReader, sizeCode, sizeOf, tableCode, tableOf, whole } from './codec.ts';
import { positionsOf, slide } from './derive-kit.ts';
import { activationField, nameField, numberField, sizeFields } from './field-kit.ts';
import type { LayerKindModule } from './kind.ts';
import { squash } from './step.ts';
import { slideWindow } from './window.ts';

/** How many input maps feed each output map, or why the table does not fit the layer. */
export function fanIns(layer: ConvolutionLayer, inputMaps: number): Result<number[]> {
  const { connections, maps, name } = layer;
  if (connections.type === 'full') return ok(Array<number>(maps).fill(inputMaps));
  const { matrix } = connections;
  if (matrix.length !== inputMaps || matrix.some((row) => row.length !== maps)) {
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

/** A convolution's connections switched between "every input map" and an editable table of `inputMaps` rows. */
export function setTable(layer: ConvolutionLayer, table: boolean, inputMaps: number): ConvolutionLayer {
  if (!table) return { ...layer, connections: { type: 'full' } };
  if (layer.connections.type === 'table') return layer;
  return { ...layer, connections: { type: 'table', matrix: fullTable(inputMaps, layer.maps) } };
}

export const CONVOLUTION: LayerKindModule<'convolution'> = {
  kind: 'convolution',
  label: 'convolution',
  codePrefix: 'conv',

  analyze(layer, context): Result<LayerCounts> {
    const slid = slideWindow(layer.name, 'kernel', layer.kernel, layer.stride, layer.padding, context);
    if (!slid.ok) return slid;
    const fans = fanIns(layer, context.input.channels);
    if (!fans.ok) return fans;
    const { output, dropped } = slid.value;
    const weights = fans.value.reduce((sum, fan) => sum + fan * layer.kernel.height * layer.kernel.width, 0);
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
  },

  derive(layer, input, output) {
    const { height: kh, width: kw } = layer.kernel;
    const side = {
      height: slide(input.height, kh, layer.stride, layer.padding),
      width: slide(input.width, kw, layer.stride, layer.padding),
    };
    const kernel = [num(kh, 'k'), num(kw, 'k')];
    const perUnit =
      layer.connections.type === 'full'
        ? times(num(layer.maps, 'N'), add(times(num(input.channels, 'C'), ...kernel), num(1)))
        : add(times(num(linkCount(layer.connections.matrix), 'L'), ...kernel), num(layer.maps, 'N'));
    return { side, trainable: perUnit, connections: times(...positionsOf(output), perUnit) };
  },

  steps(layer) {
    const { name, maps, kernel, stride, padding, connections } = layer;
    const table = connections.type === 'table' ? { table: connections.matrix } : {};
    return [{ op: 'conv', name, filters: maps, kernel, stride, padding, ...table }, ...squash(name, layer.activation)];
  },

  sees: (layer) => ({ type: 'window', window: layer.kernel, stride: layer.stride }),

  outputMaps: (layer) => layer.maps,

  limits: (layer) => [
    ['maps', layer.maps, LAYER_LIMITS.maps],
    ['kernel.height', layer.kernel.height, LAYER_LIMITS.kernel],
    ['kernel.width', layer.kernel.width, LAYER_LIMITS.kernel],
    ['stride', layer.stride, LAYER_LIMITS.stride],
    ['padding', layer.padding, LAYER_LIMITS.padding],
  ],

  fields: (layer, inputMaps) => [
    nameField(layer),
    numberField('maps', 'Maps', LAYER_LIMITS.maps, layer.maps, (maps) => ({ ...layer, maps })),
    ...sizeFields('kernel', 'Kernel', LAYER_LIMITS.kernel, layer.kernel, (kernel) => ({ ...layer, kernel })),
    numberField('stride', 'Stride', LAYER_LIMITS.stride, layer.stride, (stride) => ({ ...layer, stride })),
    numberField('padding', 'Padding', LAYER_LIMITS.padding, layer.padding, (padding) => ({ ...layer, padding })),
    {
      type: 'choice',
      key: 'connections',
      label: 'Input maps',
      options: [
        ['full', 'All of them'],
        ['table', 'A table'],
      ],
      value: layer.connections.type,
      set: (value) => setTable(layer, value === 'table', inputMaps),
    },
    activationField(layer),
  ],

  encode: (layer) => [
    `conv${layer.maps}`,
    `k${sizeCode(layer.kernel)}`,
    ...(layer.stride === 1 ? [] : [`s${layer.stride}`]),
    ...(layer.padding === 0 ? [] : [`p${layer.padding}`]),
    ...tableCode(layer.connections),
    activationCode(layer.activation),
  ],

  decode(name, number, fields) {
    const read = fieldReader(fields, ['k', 's', 'p', 't', 'a'], 'convolution');
    return {
      kind: 'convolution',
      name,
      maps: whole(number, 'the number after "conv"'),
      kernel: sizeOf(read.need('k', 'kernel'), 'the kernel'),
      stride: whole(read.get('s') ?? '1', 'the stride'),
      padding: whole(read.get('p') ?? '0', 'the padding'),
      connections: read.has('t') ? tableOf(read.get('t') ?? '') : { type: 'full' },
      activation: activationOf(read.get('a')),
    };
  },

  create: (name, squashing) => ({
    kind: 'convolution',
    name,
    maps: 8,
    kernel: { height: 3, width: 3 },
    stride: 1,
    padding: 1,
    connections: { type: 'full' },
    activation: squashing,
  }),
};
