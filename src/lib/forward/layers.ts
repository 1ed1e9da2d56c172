import type { ConvolutionLayer, FullLayer, OutputLayer, SubsamplingLayer } from '../lenet/spec.ts';
import { PROTOTYPE_SIZE } from '../lenet/prototypes.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import { at, mapsOf, type Maps } from './maps.ts';
import { weightOf } from './weights.ts';

const slide = (size: number, window: number, stride: number, padding: number) =>
  Math.floor((size + 2 * padding - window) / stride) + 1;

/** A kernel weight: from input map `i` to output map `o` at kernel row `ky`, column `kx`; undefined where no link is. */
export type KernelReader = (ky: number, kx: number, i: number, o: number) => number | undefined;

/**
 * A convolution's kernel as tfjs stores it: a plain kernel [kh, kw, in, out], or
 * for a table [kh * kw, links] with the links in row order.
 */
export function kernelReader(layer: ConvolutionLayer, inputMaps: number, weights: TfjsWeights): KernelReader {
  const { kernel: k, maps } = layer;
  const area = k.height * k.width;
  if (layer.connections.type !== 'table') {
    const kernel = weightOf(weights, layer.name, 'kernel', area * inputMaps * maps);
    return (ky, kx, i, o) => kernel[((ky * k.width + kx) * inputMaps + i) * maps + o];
  }
  let count = 0;
  const linkIndex = layer.connections.matrix.map((row) => row.map((linked) => (linked ? count++ : -1)));
  const kernel = weightOf(weights, layer.name, 'kernel', area * count);
  return (ky, kx, i, o) => {
    const link = linkIndex[i]?.[o] ?? -1;
    return link < 0 ? undefined : kernel[(ky * k.width + kx) * count + link];
  };
}

export const outputSide = slide;

/** Each output map sums a kernel over every input map its table links to it (all of them without a table), plus its bias. */
export function convolution(layer: ConvolutionLayer, input: Maps, weights: TfjsWeights): Maps {
  const { kernel: k, stride, padding, maps } = layer;
  const out = mapsOf(
    maps,
    slide(input.height, k.height, stride, padding),
    slide(input.width, k.width, stride, padding),
  );
  const bias = weightOf(weights, layer.name, 'bias', maps);
  const weight = kernelReader(layer, input.channels, weights);
  for (let y = 0; y < out.height; y++)
    for (let x = 0; x < out.width; x++)
      for (let o = 0; o < maps; o++) {
        let sum = bias[o]!;
        for (let i = 0; i < input.channels; i++)
          for (let ky = 0; ky < k.height; ky++) {
            const iy = y * stride + ky - padding;
            if (iy < 0 || iy >= input.height) continue;
            for (let kx = 0; kx < k.width; kx++) {
              const ix = x * stride + kx - padding;
              const w = ix < 0 || ix >= input.width ? undefined : weight(ky, kx, i, o);
              if (w !== undefined) sum += w * at(input, i, iy, ix);
            }
          }
        out.values[(y * out.width + x) * maps + o] = sum;
      }
  return out;
}

/** Each unit sums its window; the paper's unit scales the sum and adds a bias, the plain one averages. */
export function subsampling(layer: SubsamplingLayer, input: Maps, weights: TfjsWeights): Maps {
  const { window: w, stride } = layer;
  const out = mapsOf(input.channels, slide(input.height, w.height, stride, 0), slide(input.width, w.width, stride, 0));
  const coefficient = layer.trainable ? weightOf(weights, layer.name, 'coefficient', input.channels) : undefined;
  const bias = layer.trainable ? weightOf(weights, layer.name, 'bias', input.channels) : undefined;
  for (let y = 0; y < out.height; y++)
    for (let x = 0; x < out.width; x++)
      for (let c = 0; c < input.channels; c++) {
        let sum = 0;
        for (let dy = 0; dy < w.height; dy++)
          for (let dx = 0; dx < w.width; dx++) sum += at(input, c, y * stride + dy, x * stride + dx);
        out.values[(y * out.width + x) * input.channels + c] =
          coefficient && bias ? sum * coefficient[c]! + bias[c]! : sum / (w.height * w.width);
      }
  return out;
}

/** Units that read one position's maps, or (flattened) the whole volume in tfjs's height, width, maps order. */
export function dense(layer: FullLayer | OutputLayer, input: Maps, weights: TfjsWeights, flattened: boolean): Maps {
  const fanIn = flattened ? input.values.length : input.channels;
  const kernel = weightOf(weights, layer.name, 'kernel', fanIn * layer.units);
  const bias = weightOf(weights, layer.name, 'bias', layer.units);
  const positions = flattened ? 1 : input.height * input.width;
  const out = flattened ? mapsOf(layer.units, 1, 1) : mapsOf(layer.units, input.height, input.width);
  for (let p = 0; p < positions; p++)
    for (let u = 0; u < layer.units; u++) {
      let sum = bias[u]!;
      for (let i = 0; i < fanIn; i++) sum += input.values[p * fanIn + i]! * kernel[i * layer.units + u]!;
      out.values[p * layer.units + u] = sum;
    }
  return out;
}

/** Eq. 7: each output unit's squared Euclidean distance from its fixed prototype, at every position. */
export function rbf(layer: OutputLayer, input: Maps, weights: TfjsWeights, flattened: boolean): Maps {
  const fanIn = flattened ? input.values.length : input.channels;
  if (fanIn !== PROTOTYPE_SIZE.height * PROTOTYPE_SIZE.width)
    throw new Error(
      `${layer.name}'s prototypes need ${PROTOTYPE_SIZE.height * PROTOTYPE_SIZE.width} inputs; got ${fanIn}.`,
    );
  const prototypes = weightOf(weights, layer.name, 'prototypes', fanIn * layer.units);
  const positions = flattened ? 1 : input.height * input.width;
  const out = flattened ? mapsOf(layer.units, 1, 1) : mapsOf(layer.units, input.height, input.width);
  for (let p = 0; p < positions; p++)
    for (let u = 0; u < layer.units; u++) {
      let distance = 0;
      for (let i = 0; i < fanIn; i++)
        distance += (input.values[p * fanIn + i]! - prototypes[i * layer.units + u]!) ** 2;
      out.values[p * layer.units + u] = distance;
    }
  return out;
}
