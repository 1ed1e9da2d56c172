import type {
  ConvolutionLayer,
  FullLayer,
  Layer,
  LayerKind,
  NetworkSpec,
  OutputLayer,
  Size2,
  SubsamplingLayer,
} from '../lenet/spec.ts';
import { INPUT_LEVELS } from '../paper/training.ts';
import type { LayerPass } from '../forward/forward.ts';
import { kernelReader } from '../forward/layers.ts';
import { at, type Maps } from '../forward/maps.ts';
import { weightOf } from '../forward/weights.ts';
import { MNIST_SIDE, scaledSide, type Placement } from '../mnist/placement.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import { largestTerms } from './terms.ts';
import type { Span, Unit } from './unit.ts';
import { windowBelow, windowOnImage } from './window.ts';
import type {
  ConvolutionWork,
  FullWork,
  InputWork,
  SoftmaxWork,
  DistanceWork,
  SubsamplingWork,
  UnitWork,
  WorkByKind,
} from './work.ts';

/** One digit's trip through a network: what every unit's explanation reads. */
export interface Computation {
  readonly network: NetworkSpec;
  readonly placement: Placement;
  readonly weights: TfjsWeights;
  readonly passes: readonly LayerPass[];
}

interface Context<L extends Layer> {
  readonly layer: L;
  readonly index: number;
  readonly computation: Computation;
  readonly input: Maps;
  readonly unit: Unit;
  readonly base: { layer: string; unit: Unit; spatial: boolean; window: Span; image: Span };
}

type Explainer<K extends LayerKind> = (context: Context<Extract<Layer, { kind: K }>>) => WorkByKind[K];

const position = (maps: Maps, unit: Unit) => (unit.y * maps.width + unit.x) * maps.channels + unit.map;

/** The values a full or output unit reads: every value of a flattened input, or the maps at its own position. */
function readsOf(context: Context<FullLayer | OutputLayer>): Float32Array {
  const { input, unit, layer } = context;
  if (layer.scope === 'flattened' || (input.height === 1 && input.width === 1)) return input.values;
  const start = (unit.y * input.width + unit.x) * input.channels;
  return input.values.subarray(start, start + input.channels);
}

function explainInput({ computation, unit, base }: Context<Layer>): InputWork {
  const { background, foreground } = INPUT_LEVELS;
  const { placement } = computation;
  const level = at(computation.passes[0]!.output, unit.map, unit.y, unit.x);
  const side = scaledSide(placement.digitBox);
  const top = Math.floor((placement.input.height - side) / 2);
  const left = Math.floor((placement.input.width - side) / 2);
  const inside = unit.y >= top && unit.y < top + side && unit.x >= left && unit.x < left + side;
  const grey = inside ? ((level - background) / (foreground - background)) * 255 : undefined;
  // Where the pixel came from in the 28x28 MNIST image, which a smaller digit box (LeNet-1's) resamples.
  const ratio = MNIST_SIDE / side;
  const reach = Math.max(1, Math.ceil(ratio));
  const window = inside
    ? {
        top: Math.floor((unit.y - top) * ratio),
        left: Math.floor((unit.x - left) * ratio),
        height: reach,
        width: reach,
      }
    : { top: 0, left: 0, height: 0, width: 0 };
  return { kind: 'input', ...base, window, grey, level };
}

function explainConvolution({
  layer,
  input,
  unit,
  computation,
  base,
  index,
}: Context<ConvolutionLayer>): ConvolutionWork {
  const weight = kernelReader(layer, input.channels, computation.weights);
  const { height, width } = layer.kernel;
  const links: ConvolutionWork['links'][number][] = [];
  for (let map = 0; map < input.channels; map++) {
    if (weight(0, 0, map, unit.map) === undefined) continue;
    const kernel = new Float32Array(height * width);
    const window = new Float32Array(height * width);
    let partial = 0;
    for (let ky = 0; ky < height; ky++)
      for (let kx = 0; kx < width; kx++) {
        const iy = unit.y * layer.stride + ky - layer.padding;
        const ix = unit.x * layer.stride + kx - layer.padding;
        const inside = iy >= 0 && iy < input.height && ix >= 0 && ix < input.width;
        kernel[ky * width + kx] = weight(ky, kx, map, unit.map)!;
        window[ky * width + kx] = inside ? at(input, map, iy, ix) : 0;
        partial += kernel[ky * width + kx]! * window[ky * width + kx]!;
      }
    links.push({ map, kernel, window, partial });
  }
  const bias = weightOf(computation.weights, layer.name, 'bias', layer.maps)[unit.map]!;
  const pass = computation.passes[index]!;
  return {
    kind: 'convolution',
    ...base,
    kernel: layer.kernel,
    links,
    bias,
    sum: links.reduce((total, link) => total + link.partial, bias),
    activation: layer.activation,
    output: pass.output.values[position(pass.output, unit)]!,
  };
}

function explainSubsampling({
  layer,
  input,
  unit,
  computation,
  base,
  index,
}: Context<SubsamplingLayer>): SubsamplingWork {
  const { height, width } = layer.window;
  const values = new Float32Array(height * width);
  for (let dy = 0; dy < height; dy++)
    for (let dx = 0; dx < width; dx++)
      values[dy * width + dx] = at(input, unit.map, unit.y * layer.stride + dy, unit.x * layer.stride + dx);
  const total = values.reduce((sum, value) => sum + value, 0);
  const trainable = layer.trainable
    ? {
        coefficient: weightOf(computation.weights, layer.name, 'coefficient', input.channels)[unit.map]!,
        bias: weightOf(computation.weights, layer.name, 'bias', input.channels)[unit.map]!,
      }
    : undefined;
  const pass = computation.passes[index]!;
  return {
    kind: 'subsampling',
    ...base,
    values,
    total,
    trainable,
    sum: trainable ? total * trainable.coefficient + trainable.bias : total / values.length,
    activation: layer.activation,
    output: pass.output.values[position(pass.output, unit)]!,
  };
}

function dotProduct(context: Context<FullLayer | OutputLayer>) {
  const { layer, computation, unit } = context;
  const reads = readsOf(context);
  const kernel = weightOf(computation.weights, layer.name, 'kernel', reads.length * layer.units);
  const bias = weightOf(computation.weights, layer.name, 'bias', layer.units);
  const weights = Float32Array.from(reads, (_, i) => kernel[i * layer.units + unit.map]!);
  return { terms: largestTerms(reads, weights), bias: bias[unit.map]! };
}

function explainFull(context: Context<FullLayer>): FullWork {
  const { terms, bias } = dotProduct(context);
  const pass = context.computation.passes[context.index]!;
  return {
    kind: 'full',
    ...context.base,
    terms,
    bias,
    sum: pass.sums.values[position(pass.sums, context.unit)]!,
    activation: context.layer.activation,
    output: pass.output.values[position(pass.output, context.unit)]!,
  };
}

function explainOutput(context: Context<OutputLayer>): DistanceWork | SoftmaxWork {
  const { layer, computation, unit, index, base } = context;
  const pass = computation.passes[index]!;
  const at = (maps: Maps, map: number) => maps.values[position(maps, { ...unit, map })]!;
  const units = Array.from({ length: layer.units }, (_, map) => map);
  if (layer.classifier.type === 'rbf') {
    const inputs = readsOf(context);
    const prototypes = weightOf(computation.weights, layer.name, 'prototypes', inputs.length * layer.units);
    const distances = units.map((map) => at(pass.output, map));
    return {
      kind: 'distance',
      ...base,
      inputs,
      prototype: Float32Array.from(inputs, (_, i) => prototypes[i * layer.units + unit.map]!),
      distances,
      answer: distances.indexOf(Math.min(...distances)),
    };
  }
  const probabilities = units.map((map) => at(pass.output, map));
  return {
    kind: 'softmax',
    ...base,
    ...dotProduct(context),
    logits: units.map((map) => at(pass.sums, map)),
    probabilities,
    answer: probabilities.indexOf(Math.max(...probabilities)),
  };
}

/** How each kind explains a unit; a new kind is a type error here until it has one. */
const EXPLAINERS: { readonly [K in LayerKind]: Explainer<K> } = {
  input: explainInput,
  convolution: explainConvolution,
  subsampling: explainSubsampling,
  full: explainFull,
  output: explainOutput,
};

/** Every layer's output size, the image's first: what the windows are clipped to. */
export const sizesOf = (computation: Computation): Size2[] => computation.passes.map((pass) => pass.output);

/**
 * What one unit of layer `index` computed on this digit, with the real numbers:
 * the weights and inputs it read, each partial sum, the bias, the sum and the
 * squashing, recomputed here from the weights so that a test can hold them
 * against the forward pass.
 */
export function explainUnit(computation: Computation, index: number, unit: Unit): UnitWork {
  const layer = computation.network.layers[index]!;
  const sizes = sizesOf(computation);
  const input = index === 0 ? computation.passes[0]!.output : computation.passes[index - 1]!.output;
  const output = computation.passes[index]!.output;
  const base = {
    layer: layer.name,
    unit,
    spatial: output.height * output.width > 1,
    window:
      index === 0
        ? { top: unit.y, left: unit.x, height: 1, width: 1 }
        : windowBelow(computation.network, sizes, index, { top: unit.y, left: unit.x, height: 1, width: 1 }),
    image: windowOnImage(computation.network, sizes, index, unit),
  };
  const explain = EXPLAINERS[layer.kind] as Explainer<LayerKind>;
  return explain({ layer, index, computation, input, unit, base });
}
