import type { Analysis } from '../lenet/analyze.ts';
import type { LayerCounts } from '../lenet/counts.ts';
import type { LayerKind } from '../lenet/spec.ts';

/**
 * The class that colours each kind's sheets, each with its rule in
 * src/styles/global.css (architecture.test.ts checks): a new kind is a type
 * error here until it has one.
 */
export const KIND_CLASS: Readonly<Record<LayerKind, string>> = {
  input: 'arch-input',
  convolution: 'arch-convolution',
  subsampling: 'arch-subsampling',
  full: 'arch-full',
  output: 'arch-output',
};

export interface ArchitectureStack {
  readonly name: string;
  /** "C1: 6@28x28", the paper's way of naming a layer. */
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** How many sheets are drawn behind each other (at most MAX_SHEETS). */
  readonly sheets: number;
  readonly kind: LayerCounts['kind'];
  readonly href?: string;
  /** Where its two lines of label sit: the name, then the shape. */
  readonly labels: readonly [LabelAt, LabelAt];
}

export interface LabelAt {
  readonly x: number;
  readonly y: number;
}

/** Left to right, as the paper draws it; or top to bottom, with labels beside the maps, for a phone. */
export type Orientation = 'row' | 'column';

/** The window one unit of a layer reads, drawn on the layer below, and the ray to that unit. */
export interface ReceptiveField {
  readonly layer: string;
  readonly window: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly ray: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/** Where the drawing stops: the layer that cannot be computed, drawn as an empty dashed frame. */
export interface FailedLayer {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly labels: readonly [LabelAt, LabelAt];
}

export interface Architecture {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly stacks: readonly ArchitectureStack[];
  readonly failed?: FailedLayer;
  readonly fields: readonly ReceptiveField[];
  readonly description: string;
}

const MAX_SHEETS = 6;
const SHEET_STEP = 4;
const GAP = 34;
const TOP = 16;
const round = (value: number) => Math.round(value * 10) / 10;

function label(layer: LayerCounts): string {
  const { channels, height, width } = layer.shape;
  return height * width === 1 ? `${layer.name}: ${channels}` : `${layer.name}: ${channels}@${height}x${width}`;
}

/** How far a stack reaches along each axis, its sheets included. */
const extent = (stack: { width: number; height: number; sheets: number }) => ({
  width: stack.width + (stack.sheets - 1) * SHEET_STEP,
  height: stack.height + (stack.sheets - 1) * SHEET_STEP,
});

/** In a column, the labels sit right of the widest stack, this far from the left edge. */
const columnLabelX = (stacks: readonly { width: number; sheets: number }[]) =>
  8 + Math.max(...stacks.map((stack) => stack.width + (stack.sheets - 1) * SHEET_STEP)) + 20;

function receptiveFieldsOf(
  analysis: Analysis,
  stacks: readonly ArchitectureStack[],
  scale: number,
  orientation: Orientation,
) {
  return analysis.layers.flatMap((layer, index) => {
    const below = stacks[index - 1];
    const here = stacks[index];
    const belowShape = analysis.layers[index - 1]?.shape;
    // A column of single units (C5 onwards at 32x32) has no map to mark a window on.
    if (!below || !here || !layer.filter || !belowShape || belowShape.height * belowShape.width === 1) return [];
    const width = Math.min(Math.max(round(layer.filter.width * scale), 2), below.width);
    const height = Math.min(Math.max(round(layer.filter.height * scale), 2), below.height);
    // The window sits in the lower right of the front map of the layer below, as in the paper's figure.
    const window = { x: below.x + below.width - width - 2, y: below.y + below.height - height - 2, width, height };
    const ray =
      orientation === 'row'
        ? { x1: window.x + width, y1: window.y + height / 2, x2: here.x, y2: here.y + Math.min(here.height, 12) / 2 }
        : { x1: window.x + width / 2, y1: window.y + height, x2: here.x + Math.min(here.width, 12) / 2, y2: here.y };
    return [{ layer: layer.name, window, ray }];
  });
}

/**
 * The whole network as the paper's Fig. 2 draws it: each layer a stack of feature
 * maps whose side is proportional to the map's side; a layer of single units is a
 * thin column whose height grows with the number of units. In a column, for a
 * phone, the layers run downwards with their labels beside them at reading size.
 */
export function architecture(
  analysis: Analysis,
  hrefOf?: (name: string) => string | undefined,
  /** The layer after the last one in `analysis`, which cannot be computed. */
  failing?: string,
  orientation: Orientation = 'row',
): Architecture {
  const largest = Math.max(...analysis.layers.map((layer) => Math.max(layer.shape.height, layer.shape.width)));
  // Downwards, the maps are drawn smaller: the column is read on a phone, where height is what runs out.
  const scale = orientation === 'row' ? Math.min(3, 96 / largest) : Math.min(2, 64 / largest);
  const shapes = analysis.layers.map((layer) => {
    const { channels, height, width } = layer.shape;
    const single = height * width === 1;
    return {
      layer,
      width: single ? 8 : Math.max(round(width * scale), 4),
      height: single
        ? Math.min(20 + channels / 2, orientation === 'row' ? 96 : 56)
        : Math.max(round(height * scale), 4),
      sheets: single ? 1 : Math.min(channels, MAX_SHEETS),
    };
  });
  const row = orientation === 'row';
  const labelX = columnLabelX(shapes);
  const tallest = Math.max(24, ...shapes.map((shape) => extent(shape).height));
  const rowLabels = (x: number): [LabelAt, LabelAt] => [
    { x, y: TOP + tallest + 40 - 14 },
    { x, y: TOP + tallest + 40 - 2 },
  ];
  const columnLabels = (y: number): [LabelAt, LabelAt] => [
    { x: labelX, y: y + 14 },
    { x: labelX, y: y + 32 },
  ];
  let along = row ? 8 : TOP;
  const stacks: ArchitectureStack[] = shapes.map(({ layer, width, height, sheets }) => {
    const href = hrefOf?.(layer.name);
    const [x, y] = row ? [along, TOP] : [8, along];
    along +=
      (row ? extent({ width, height, sheets }).width : Math.max(extent({ width, height, sheets }).height, 36)) + GAP;
    return {
      name: layer.name,
      label: label(layer),
      x,
      y,
      width,
      height,
      sheets,
      kind: layer.kind,
      ...(href ? { href } : {}),
      labels: row ? rowLabels(x) : columnLabels(y),
    };
  });
  const fields = receptiveFieldsOf(analysis, stacks, scale, orientation);
  const failed = failing
    ? row
      ? { name: failing, x: along, y: TOP, width: 24, height: 24, labels: rowLabels(along) }
      : { name: failing, x: 8, y: along, width: 24, height: 24, labels: columnLabels(along) }
    : undefined;
  const end = failed ? along + 24 + GAP : along;
  const stops = failing ? ` It stops at ${failing}, which cannot be computed.` : '';
  const description = `${analysis.network.name}: ${stacks.map((stack) => stack.label).join(', ')}.${stops}`;
  const size = row
    ? // Room on the right for the last label, which is wider than its column.
      { width: end - GAP + (failed ? 110 : 48), height: TOP + tallest + 40 }
    : { width: labelX + (failed ? 140 : 110), height: end - GAP + 8 };
  return { orientation, ...size, stacks, fields, description, ...(failed ? { failed } : {}) };
}

export const SHEET_OFFSET = SHEET_STEP;
