import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import { frameworkName } from '../lenet/names.ts';
import { PROTOTYPES } from '../lenet/prototypes.ts';
import type { NamedArray } from '../weights/npz.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import { convolutionLayer, fullLayer, subsamplingLayer, type SdlmLayer } from './layers.ts';

/** A network the SDLM trainer can run: its trainable layers, its parameter count and its fixed RBF prototypes. */
export interface SdlmNetwork {
  readonly layers: readonly SdlmLayer[];
  readonly parameters: number;
  /** prototypes[class * size + k]: the fixed RBF centres, one row per class. */
  readonly prototypes: Float64Array;
  readonly classes: number;
  readonly inputSize: number;
  /** How to write the parameters as tfjs weights, and read them back. */
  toTfjs(theta: Float64Array): TfjsWeights;
  fromTfjs(weights: TfjsWeights): Float64Array;
}

const refuse = (message: string): never => {
  throw new Error(`The paper's recipe trains networks made as the paper's LeNet-5 is; ${message}`);
};

/**
 * The trainer's form of `network` at `input`: convolutions with stride 1 and no
 * padding, trainable subsampling with windows that do not overlap, full layers on
 * single units, the scaled tanh throughout, and a Euclidean RBF output.
 */
export function sdlmNetwork(network: NetworkSpec, input: Size2): SdlmNetwork {
  if (input.height !== input.width) refuse(`its input must be square; got ${input.height}x${input.width}.`);
  let side = input.width;
  let maps = network.layers[0].channels;
  let offset = 0;
  const layers: SdlmLayer[] = [];
  const writers: ((theta: Float64Array, out: Map<string, NamedArray>) => void)[] = [];
  const readers: ((weights: TfjsWeights, theta: Float64Array) => void)[] = [];
  let prototypes: Float64Array | undefined;
  let classes = 0;
  const named = (name: string, shape: number[], data: Float32Array): NamedArray => ({ name, shape, data });
  const weightOf = (weights: TfjsWeights, name: string) => {
    const found = weights.get(name);
    if (!found) throw new Error(`The weights have no ${name}.`);
    return found.data;
  };
  for (const layer of network.layers.slice(1)) {
    const tf = frameworkName(layer.name);
    if (layer.kind === 'convolution') {
      const { kernel, stride, padding, connections } = layer;
      if (kernel.height !== kernel.width || stride !== 1 || padding !== 0 || layer.activation !== 'scaled-tanh')
        refuse(`${layer.name} must be a square kernel, stride 1, no padding and the scaled tanh.`);
      const k = kernel.width;
      const matrix = connections.type === 'table' ? connections.matrix : undefined;
      const links = Array.from({ length: layer.maps }, (_, o) =>
        Array.from({ length: maps }, (_, i) => i).filter((i) => !matrix || matrix[i]![o]),
      );
      const built = convolutionLayer({ name: layer.name, offset, inputMaps: maps, inputSide: side, kernel: k, links });
      // tfjs keeps a table's links in the table's row order (input map, then output map).
      const tfjsLink = new Map<string, number>();
      if (matrix) {
        let count = 0;
        matrix.forEach((row, i) => row.forEach((linked, o) => linked && tfjsLink.set(`${i},${o}`, count++)));
      }
      const area = k * k;
      const outputMaps = layer.maps;
      const inputMaps = maps;
      const tfjsIndex = (i: number, o: number, position: number) =>
        matrix ? position * tfjsLink.size + tfjsLink.get(`${i},${o}`)! : (position * inputMaps + i) * outputMaps + o;
      const start = offset;
      const pairs = links.flatMap((row, o) => row.map((i) => [i, o] as const));
      const kernelShape = matrix ? [area, tfjsLink.size] : [k, k, inputMaps, outputMaps];
      writers.push((theta, out) => {
        const kernelData = new Float32Array(pairs.length * area);
        pairs.forEach(([i, o], link) => {
          for (let p = 0; p < area; p++) kernelData[tfjsIndex(i, o, p)] = theta[start + link * area + p]!;
        });
        out.set(`${tf}/kernel`, named(`${tf}/kernel`, kernelShape, kernelData));
        const bias = Float32Array.from(theta.subarray(start + pairs.length * area, start + built.count));
        out.set(`${tf}/bias`, named(`${tf}/bias`, [outputMaps], bias));
      });
      readers.push((weights, theta) => {
        const kernelData = weightOf(weights, `${tf}/kernel`);
        pairs.forEach(([i, o], link) => {
          for (let p = 0; p < area; p++) theta[start + link * area + p] = kernelData[tfjsIndex(i, o, p)]!;
        });
        theta.set(weightOf(weights, `${tf}/bias`), start + pairs.length * area);
      });
      layers.push(built);
      offset += built.count;
      side = side - k + 1;
      maps = layer.maps;
    } else if (layer.kind === 'subsampling') {
      const { window, stride } = layer;
      if (!layer.trainable || window.height !== window.width || stride !== window.width || side % stride !== 0)
        refuse(`${layer.name} must be the paper's trainable subsampling over windows that tile its input.`);
      const built = subsamplingLayer({ name: layer.name, offset, maps, inputSide: side, window: stride });
      const start = offset;
      const count = maps;
      writers.push((theta, out) => {
        out.set(
          `${tf}/coefficient`,
          named(`${tf}/coefficient`, [count], Float32Array.from(theta.subarray(start, start + count))),
        );
        out.set(
          `${tf}/bias`,
          named(`${tf}/bias`, [count], Float32Array.from(theta.subarray(start + count, start + 2 * count))),
        );
      });
      readers.push((weights, theta) => {
        theta.set(weightOf(weights, `${tf}/coefficient`), start);
        theta.set(weightOf(weights, `${tf}/bias`), start + count);
      });
      layers.push(built);
      offset += built.count;
      side = side / stride;
    } else if (layer.kind === 'full') {
      if (side !== 1 || layer.activation !== 'scaled-tanh')
        refuse(`${layer.name} must read single units and use the scaled tanh.`);
      const built = fullLayer({ name: layer.name, offset, inputs: maps, units: layer.units });
      const start = offset;
      const inputs = maps;
      const units = layer.units;
      writers.push((theta, out) => {
        const kernel = new Float32Array(inputs * units);
        for (let u = 0; u < units; u++)
          for (let i = 0; i < inputs; i++) kernel[i * units + u] = theta[start + u * inputs + i]!;
        out.set(`${tf}/kernel`, named(`${tf}/kernel`, [1, 1, inputs, units], kernel));
        out.set(
          `${tf}/bias`,
          named(`${tf}/bias`, [units], Float32Array.from(theta.subarray(start + inputs * units, start + built.count))),
        );
      });
      readers.push((weights, theta) => {
        const kernel = weightOf(weights, `${tf}/kernel`);
        for (let u = 0; u < units; u++)
          for (let i = 0; i < inputs; i++) theta[start + u * inputs + i] = kernel[i * units + u]!;
        theta.set(weightOf(weights, `${tf}/bias`), start + inputs * units);
      });
      layers.push(built);
      offset += built.count;
      maps = layer.units;
    } else if (layer.kind === 'output') {
      if (layer.classifier.type !== 'rbf' || side !== 1 || maps !== PROTOTYPES[0]!.length)
        refuse(`${layer.name} must be the Euclidean RBF output on ${PROTOTYPES[0]!.length} single units.`);
      classes = layer.units;
      const size = maps;
      prototypes = Float64Array.from(
        { length: classes * size },
        (_, at) => PROTOTYPES[Math.floor(at / size)]![at % size]!,
      );
      const fixed = prototypes;
      writers.push((_, out) => {
        const data = new Float32Array(size * classes);
        for (let c = 0; c < classes; c++) for (let i = 0; i < size; i++) data[i * classes + c] = fixed[c * size + i]!;
        out.set(`${tf}/prototypes`, named(`${tf}/prototypes`, [size, classes], data));
      });
    }
  }
  if (!prototypes) return refuse('its last layer must be the RBF output.');
  const fixedPrototypes = prototypes;
  return {
    layers,
    parameters: offset,
    prototypes: fixedPrototypes,
    classes,
    inputSize: network.layers[0].channels * input.height * input.width,
    toTfjs(theta) {
      const out = new Map<string, NamedArray>();
      for (const write of writers) write(theta, out);
      return out;
    },
    fromTfjs(weights) {
      const theta = new Float64Array(offset);
      for (const read of readers) read(weights, theta);
      return theta;
    },
  };
}
