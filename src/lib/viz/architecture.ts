import type { Analysis } from '../lenet/analyze.ts';
import type { LayerFigures } from '../lenet/figures.ts';

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
  readonly kind: LayerFigures['kind'];
  readonly href?: string;
}

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
}

export interface Architecture {
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

function label(layer: LayerFigures): string {
  const { channels, height, width } = layer.shape;
  return height * width === 1 ? `${layer.name}: ${channels}` : `${layer.name}: ${channels}@${height}x${width}`;
}

/**
 * The whole network as the paper's Fig. 2 draws it: each layer a stack of feature
 * maps whose side is proportional to the map's side; a layer of single units is a
 * thin column whose height grows with the number of units.
 */
export function architecture(
  analysis: Analysis,
  hrefOf?: (name: string) => string | undefined,
  /** The layer after the last one in `analysis`, which cannot be computed. */
  failing?: string,
): Architecture {
  const largest = Math.max(...analysis.layers.map((layer) => Math.max(layer.shape.height, layer.shape.width)));
  const scale = Math.min(3, 96 / largest);
  const stacks: ArchitectureStack[] = [];
  let x = 8;
  let tallest = 0;
  for (const layer of analysis.layers) {
    const { channels, height, width } = layer.shape;
    const single = height * width === 1;
    const drawnWidth = single ? 8 : Math.max(round(width * scale), 4);
    const drawnHeight = single ? Math.min(20 + channels / 2, 96) : Math.max(round(height * scale), 4);
    const sheets = single ? 1 : Math.min(channels, MAX_SHEETS);
    const href = hrefOf?.(layer.name);
    stacks.push({
      name: layer.name,
      label: label(layer),
      x,
      y: TOP,
      width: drawnWidth,
      height: drawnHeight,
      sheets,
      kind: layer.kind,
      ...(href ? { href } : {}),
    });
    x += drawnWidth + (sheets - 1) * SHEET_STEP + GAP;
    tallest = Math.max(tallest, drawnHeight + (sheets - 1) * SHEET_STEP);
  }
  const fields = analysis.layers.flatMap((layer, index) => {
    const below = stacks[index - 1];
    const here = stacks[index];
    const belowShape = analysis.layers[index - 1]?.shape;
    // A column of single units (C5 onwards at 32x32) has no map to mark a window on.
    if (!below || !here || !layer.filter || !belowShape || belowShape.height * belowShape.width === 1) return [];
    const width = Math.min(Math.max(round(layer.filter.width * scale), 2), below.width);
    const height = Math.min(Math.max(round(layer.filter.height * scale), 2), below.height);
    // The window sits in the lower right of the front map of the layer below, as in the paper's figure.
    const window = { x: below.x + below.width - width - 2, y: below.y + below.height - height - 2, width, height };
    const ray = {
      x1: window.x + width,
      y1: window.y + height / 2,
      x2: here.x,
      y2: here.y + Math.min(here.height, 12) / 2,
    };
    return [{ layer: layer.name, window, ray }];
  });
  const failed = failing ? { name: failing, x, y: TOP, width: 24, height: 24 } : undefined;
  const end = failed ? x + failed.width + GAP : x;
  const stops = failing ? ` ${failing} cannot be computed at this input size.` : '';
  const description = `${analysis.network.name}: ${stacks.map((stack) => stack.label).join(', ')}.${stops}`;
  // Room on the right for the last label, which is wider than its column.
  const width = end - GAP + (failed ? 110 : 48);
  return {
    width,
    height: TOP + Math.max(tallest, 24) + 40,
    stacks,
    fields,
    description,
    ...(failed ? { failed } : {}),
  };
}

export const SHEET_OFFSET = SHEET_STEP;
