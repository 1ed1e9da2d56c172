import type { Activation } from './activation.ts';
import { MAX_LAYERS } from './layer-limits.ts';
import type { ConvolutionLayer, Layer, LayerKind, NetworkSpec } from './spec.ts';

export { setTable } from './kinds/convolution.ts';
import { KINDS, kindOf } from './kinds/index.ts';

/** The kinds a reader can add after the input. */
export type AddableKind = Exclude<LayerKind, 'input'>;

/** Every kind of KINDS but the input, in its order: a new kind is offered as soon as it is registered. */
export const ADDABLE_KINDS: readonly AddableKind[] = (Object.keys(KINDS) as LayerKind[]).filter(
  (kind): kind is AddableKind => kind !== 'input',
);

const PREFIX: Readonly<Record<AddableKind, string>> = { convolution: 'C', subsampling: 'S', full: 'F', output: 'Out' };

const withLayers = (network: NetworkSpec, layers: readonly Layer[]): NetworkSpec => ({
  ...network,
  layers: layers as NetworkSpec['layers'],
});

/** A name no layer of the network has yet: the kind's letter and the layer's position. */
export function freshName(network: NetworkSpec, kind: AddableKind, position: number): string {
  const taken = new Set(network.layers.map((layer) => layer.name.toLowerCase()));
  for (let n = position; ; n++) {
    const name = `${PREFIX[kind]}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The squashing the network's layers use most, for a new layer to match. */
function usualSquashing(network: NetworkSpec): Activation {
  const found = network.layers.find(
    (layer): layer is ConvolutionLayer => layer.kind === 'convolution' && layer.activation !== 'identity',
  );
  return found?.activation ?? 'relu';
}

/** The network with a new layer of `kind` after layer `after`; unchanged at MAX_LAYERS. */
export function addLayer(network: NetworkSpec, after: number, kind: AddableKind): NetworkSpec {
  if (network.layers.length >= MAX_LAYERS) return network;
  const fresh = KINDS[kind].create(freshName(network, kind, after + 1), usualSquashing(network));
  const previous = network.layers[after];
  // A unit layer after another keeps its width, so that whatever read the old one (an RBF output reads 84) still can.
  const layer = fresh.kind === 'full' && previous?.kind === 'full' ? { ...fresh, units: previous.units } : fresh;
  return withLayers(network, [...network.layers.slice(0, after + 1), layer, ...network.layers.slice(after + 1)]);
}

/** The network without layer `index`; the input cannot be removed, nor the last layer after it. */
export function removeLayer(network: NetworkSpec, index: number): NetworkSpec {
  if (index < 1 || network.layers.length <= 2) return network;
  return withLayers(
    network,
    network.layers.filter((_, i) => i !== index),
  );
}

/** The network with layer `index` replaced by `change` applied to it. */
export function editLayer(network: NetworkSpec, index: number, change: (layer: Layer) => Layer): NetworkSpec {
  return withLayers(
    network,
    network.layers.map((layer, i) => (i === index ? change(layer) : layer)),
  );
}

/**
 * A table resized to `inputs` x `outputs`, keeping the cells both sizes share and
 * connecting the new ones, so that a change of maps upstream keeps the reader's edits.
 */
export function resizeTable(matrix: readonly (readonly boolean[])[], inputs: number, outputs: number): boolean[][] {
  return Array.from({ length: inputs }, (_, input) =>
    Array.from({ length: outputs }, (_, output) => matrix[input]?.[output] ?? true),
  );
}

/** The table with the link from input map `input` to output map `output` flipped. */
export const toggleLink = (matrix: readonly (readonly boolean[])[], input: number, output: number): boolean[][] =>
  matrix.map((row, i) => row.map((cell, o) => (i === input && o === output ? !cell : cell)));

/** How many maps (or units) each layer gives, read from the spec alone, so that it holds even where a layer cannot be computed. */
export function mapsPerLayer(network: NetworkSpec): number[] {
  const maps: number[] = [];
  for (const layer of network.layers) maps.push(kindOf(layer).outputMaps(layer, maps.at(-1) ?? 1));
  return maps;
}

/**
 * The network with every connection table sized to the maps around it: after
 * a change of maps, the cells both sizes share are kept and new ones connected,
 * so that the reader's links survive and the network stays computable.
 */
export function fitTables(network: NetworkSpec): NetworkSpec {
  const maps = mapsPerLayer(network);
  return withLayers(
    network,
    network.layers.map((layer, index) => {
      if (layer.kind !== 'convolution' || layer.connections.type !== 'table') return layer;
      const { matrix } = layer.connections;
      const inputs = maps[index - 1] ?? 1;
      if (matrix.length === inputs && matrix.every((row) => row.length === layer.maps)) return layer;
      return { ...layer, connections: { type: 'table', matrix: resizeTable(matrix, inputs, layer.maps) } };
    }),
  );
}
