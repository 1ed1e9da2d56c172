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

export interface Architecture {
  readonly width: number;
  readonly height: number;
  readonly stacks: readonly ArchitectureStack[];
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
export function architecture(analysis: Analysis, hrefOf?: (name: string) => string | undefined): Architecture {
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
  const description = `${analysis.network.name}: ${stacks.map((stack) => stack.label).join(', ')}.`;
  // Room on the right for the last label, which is wider than its column.
  return { width: x - GAP + 48, height: TOP + tallest + 40, stacks, description };
}

export const SHEET_OFFSET = SHEET_STEP;
