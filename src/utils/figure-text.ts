import {
  analyze,
  formatCount,
  formatShape,
  layerNamed,
  parseInputSize,
  preset,
  receptiveField,
  type Analysis,
  type Variant,
} from '../lib/lenet/index.ts';

export type FigureField =
  | 'trainable'
  | 'fixed'
  | 'weights'
  | 'biases'
  | 'connections'
  /** Multiply-adds per digit: one per use of a weight in a forward pass, biases and squashing left out. */
  | 'macs'
  | 'shape'
  | 'maps'
  | 'side'
  /** The input window one unit of the layer sees, as "14x14". */
  | 'receptive';

export interface FigureQuery {
  readonly variant?: Variant;
  /** "32", "36x40"; the paper's 32x32 when left out. */
  readonly input?: string;
  /** A layer's name; the network's totals when left out. */
  readonly layer?: string;
  readonly field: FigureField;
}

/** Analyses the preset at the given size; a page that asks for an impossible network fails the build. */
export function analysisFor(variant: Variant = 'paper', input = '32'): Analysis {
  const size = parseInputSize(input);
  if (!size.ok) throw new Error(`Bad input size in a page: ${size.error.message}`);
  const result = analyze(preset(variant), size.value);
  if (!result.ok) throw new Error(`A page asks for an impossible network: ${result.error.message}`);
  return result.value;
}

/** One figure as the page prints it, straight from the calculator. */
export function figureText({ variant, input, layer, field }: FigureQuery): string {
  const analysis = analysisFor(variant, input);
  if (layer === undefined) {
    if (field === 'shape' || field === 'maps' || field === 'side' || field === 'receptive')
      throw new Error(`A ${field} needs a layer name.`);
    return formatCount(analysis.totals[field]);
  }
  const figures = layerNamed(analysis, layer);
  if (!figures) throw new Error(`No layer named "${layer}" in ${analysis.network.name}.`);
  const { shape } = figures;
  if (field === 'shape') return formatShape(shape);
  if (field === 'maps') return formatCount(shape.channels);
  if (field === 'side') return `${shape.height}x${shape.width}`;
  if (field === 'receptive') {
    const { size } = receptiveField(analysis.network, layer);
    return `${size}x${size}`;
  }
  return formatCount(figures[field]);
}
