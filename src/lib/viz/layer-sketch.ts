import type { Analysis } from '../lenet/analyze.ts';
import type { Shape } from '../lenet/counts.ts';
import { formatShape } from '../lenet/format.ts';

export interface SketchRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly role: 'map' | 'window' | 'unit';
}

export interface SketchLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface SketchLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface LayerSketch {
  readonly width: number;
  readonly height: number;
  readonly rects: readonly SketchRect[];
  readonly lines: readonly SketchLine[];
  readonly labels: readonly SketchLabel[];
  /** What the picture shows, for readers who cannot see it. */
  readonly description: string;
}

const MAX_STACK = 8;
const STACK_STEP = 5;
/** Two panels, the gap and the left margin add up to 320, the text column of the narrowest phones (360 px). */
export const SKETCH_WIDTH = 320;
const LEFT = 8;
const GAP = 40;
const PANEL = (SKETCH_WIDTH - LEFT - GAP) / 2;
const MARGIN = 16;
const round = (value: number) => Math.round(value * 10) / 10;

/** A stack of feature maps drawn to scale; returns the front map's corner and the drawn side lengths. */
function stack(shape: Shape, left: number, scale: number, rects: SketchRect[]) {
  const width = Math.max(round(shape.width * scale), 4);
  const height = Math.max(round(shape.height * scale), 4);
  const drawn = Math.min(shape.channels, MAX_STACK);
  for (let index = drawn - 1; index >= 0; index--) {
    rects.push({ x: left + index * STACK_STEP, y: MARGIN + index * STACK_STEP, width, height, role: 'map' });
  }
  return { x: left, y: MARGIN, width, height, depth: (drawn - 1) * STACK_STEP };
}

/**
 * One layer as the paper draws the whole network: its input maps and its output
 * maps to scale, with the window that one output unit reads.
 */
export function layerSketch(analysis: Analysis, name: string): LayerSketch {
  const index = analysis.layers.findIndex((layer) => layer.name === name);
  if (index < 1) throw new Error(`No layer named "${name}" after the input.`);
  const input = analysis.layers[index - 1]!;
  const output = analysis.layers[index]!;
  const largest = Math.max(input.shape.height, input.shape.width, output.shape.height, output.shape.width);
  const scale = Math.min(4, (PANEL - MAX_STACK * STACK_STEP) / largest);
  const rects: SketchRect[] = [];
  const from = stack(input.shape, LEFT, scale, rects);
  const outputLeft = LEFT + PANEL + GAP;
  const to = stack(output.shape, outputLeft, scale, rects);

  const window = output.filter;
  const windowRect: SketchRect = {
    x: from.x,
    y: from.y,
    width: Math.min(window ? round(window.width * scale) : from.width, from.width),
    height: Math.min(window ? round(window.height * scale) : from.height, from.height),
    role: 'window',
  };
  const unit: SketchRect = {
    x: to.x,
    y: to.y,
    width: Math.max(round(scale), 3),
    height: Math.max(round(scale), 3),
    role: 'unit',
  };
  rects.push(windowRect, unit);
  const lines = [
    { x1: windowRect.x + windowRect.width, y1: windowRect.y, x2: unit.x, y2: unit.y },
    { x1: windowRect.x + windowRect.width, y1: windowRect.y + windowRect.height, x2: unit.x, y2: unit.y + unit.height },
  ];
  const bottom = MARGIN + Math.max(from.height + from.depth, to.height + to.depth) + 22;
  const labels = [
    { x: from.x, y: bottom, text: `${input.name}: ${formatShape(input.shape)}` },
    { x: to.x, y: bottom, text: `${output.name}: ${formatShape(output.shape)}` },
  ];
  const description =
    `${output.name} reads ${input.name} (${formatShape(input.shape)}) and produces ${formatShape(output.shape)}; ` +
    `the highlighted window is the input region one ${output.name} unit sees.`;
  return { width: outputLeft + PANEL, height: bottom + 8, rects, lines, labels, description };
}
