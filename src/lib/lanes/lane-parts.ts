import type { LayerOf } from '../lenet/kinds/kind.ts';
import { frameworkName } from '../lenet/names.ts';
import type { Layer, LayerKind } from '../lenet/spec.ts';
import { laneConvolution } from './lane-convolution.ts';
import type { LaneLayer } from './plan.ts';
import { formatSize } from '../lenet/input-size.ts';
import { hiddenActivation, range, refusal, softmaxRefusal, type LanePart, type LaneReading } from './lane-part-kit.ts';

export type { LaneReading } from './lane-part-kit.ts';

/** Why the engine cannot pool a subsampling layer's input, whose windows must tile it exactly; undefined if it can. */
function tilingRefusal({ name, window, stride }: LayerOf<'subsampling'>, side: number): LanePart | undefined {
  if (window.height !== window.width)
    return refusal(name, `window of ${formatSize(window)}`, `a square window (${window.width}x${window.width})`);
  if (stride !== window.width)
    return refusal(name, `stride of ${stride}`, `stride ${window.width} (its window's side)`);
  if (side % stride === 0) return undefined;
  const tiles = Array.from({ length: side }, (_, k) => k + 1).filter((each) => side % each === 0 && each > 1);
  const sides = tiles.length > 0 ? ` (${tiles.map((each) => `${each}x${each}`).join(', ')})` : '';
  return refusal(
    name,
    `window of ${formatSize(window)} on its ${side}x${side} input`,
    `a window that tiles it${sides}`,
  );
}

function subsamplingPart(layer: LayerOf<'subsampling'>, { maps, side, offset }: LaneReading): LanePart {
  const { stride, trainable } = layer;
  const activation = hiddenActivation(layer);
  if (!activation) return softmaxRefusal(layer);
  const tiling = tilingRefusal(layer, side);
  if (tiling) return tiling;
  const tf = frameworkName(layer.name);
  const count = trainable ? 2 * maps : 0;
  const slots = trainable
    ? [
        { name: `${tf}/coefficient`, offset, tfjsIndex: range(maps, (m) => m) },
        { name: `${tf}/bias`, offset: offset + maps, tfjsIndex: range(maps, (m) => m) },
      ]
    : [];
  const out = side / stride;
  const inputSize = maps * side * side;
  const common = { name: layer.name, inputSize, outputSize: maps * out * out, offset, count, slots };
  const built = { ...common, kind: 'subsampling' as const, maps, side: out, window: stride, trainable, activation };
  return { ok: true, layer: built, maps, side: out };
}

function densePart(layer: LayerOf<'full'> | LayerOf<'output'>, { maps, side, offset }: LaneReading): LanePart {
  const activation = hiddenActivation(layer);
  if (!activation) return softmaxRefusal(layer);
  if (layer.scope === 'position' && side !== 1)
    return refusal(
      layer.name,
      `reading at every position of its ${side}x${side} input`,
      'Reads set to “Flatten, then dense”',
    );
  const { units } = layer;
  const tf = frameworkName(layer.name);
  const inputSize = maps * side * side;
  // Our values run map by map; a flattened tfjs tensor runs position by position, maps innermost.
  const area = side * side;
  const tfjsRow = (i: number) => (i % area) * maps + Math.floor(i / area);
  const weights = units * inputSize;
  const kernelIndex = (w: number) => tfjsRow(w % inputSize) * units + Math.floor(w / inputSize);
  const slots = [
    { name: `${tf}/kernel`, offset, tfjsIndex: range(weights, kernelIndex) },
    { name: `${tf}/bias`, offset: offset + weights, tfjsIndex: range(units, (u) => u) },
  ];
  const common = { name: layer.name, inputSize, outputSize: units, offset, inputs: inputSize, units };
  const built: LaneLayer =
    layer.kind === 'full'
      ? { ...common, kind: 'dense', count: weights + units, slots, activation }
      : layer.classifier.type === 'softmax'
        ? { ...common, kind: 'softmax', count: weights + units, slots }
        : { ...common, kind: 'rbf', count: 0, slots: [] };
  return { ok: true, layer: built, maps: units, side: 1 };
}

type PartOf<K extends LayerKind> = (layer: LayerOf<K>, reading: LaneReading) => LanePart;

/** Each kind in the lane engine's form, or why it has none; a new kind is a type error here until it has one. */
export const LANE_PARTS: { readonly [K in LayerKind]: PartOf<K> } = {
  input: (layer) => refusal(layer.name, 'place as a second input', 'one input layer, the first'),
  convolution: laneConvolution,
  subsampling: subsamplingPart,
  full: densePart,
  output: densePart,
};

/** The part of a layer, from its kind's entry; TypeScript cannot tie LANE_PARTS[layer.kind] to the layer's type. */
export const lanePartOf = (layer: Layer, reading: LaneReading): LanePart =>
  (LANE_PARTS[layer.kind] as PartOf<LayerKind>)(layer, reading);
