import type { Activation } from '../lenet/activation.ts';
import { frameworkName } from '../lenet/names.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';

/** How a lane layer's parameters sit in the flat vector, and where tfjs keeps each of them. */
export interface TfjsSlot {
  /** The tfjs weight's name ("c3/kernel"). */
  readonly name: string;
  /** tfjsIndex[k]: where the layer's k-th parameter of this slot sits in the tfjs array. */
  readonly tfjsIndex: Uint32Array;
  /** Where the slot starts in the flat vector. */
  readonly offset: number;
}

interface Common {
  readonly name: string;
  /** Values in and out, per digit. */
  readonly inputSize: number;
  readonly outputSize: number;
  readonly offset: number;
  readonly count: number;
  readonly slots: readonly TfjsSlot[];
}

export interface LaneConvolution extends Common {
  readonly kind: 'convolution';
  readonly inputMaps: number;
  readonly inputSide: number;
  readonly maps: number;
  readonly side: number;
  readonly kernel: number;
  /** [input map, output map] of each kernel, in parameter order; the biases follow the kernels. */
  readonly links: readonly (readonly [number, number])[];
  readonly activation: LaneActivation;
}

export interface LaneSubsampling extends Common {
  readonly kind: 'subsampling';
  readonly maps: number;
  readonly side: number;
  readonly window: number;
  /** Coefficients then biases when trainable; a plain average otherwise. */
  readonly trainable: boolean;
  readonly activation: LaneActivation;
}

export interface LaneDense extends Common {
  readonly kind: 'dense';
  readonly inputs: number;
  readonly units: number;
  readonly activation: LaneActivation;
}

export interface LaneSoftmax extends Common {
  readonly kind: 'softmax';
  readonly inputs: number;
  readonly units: number;
}

export interface LaneRbf extends Common {
  readonly kind: 'rbf';
  readonly inputs: number;
  readonly units: number;
}

export type LaneLayer = LaneConvolution | LaneSubsampling | LaneDense | LaneSoftmax | LaneRbf;
export type LaneActivation = Exclude<Activation, 'softmax'>;

export interface LanePlan {
  readonly layers: readonly LaneLayer[];
  /** Trainable parameters, and the same rounded up to whole lanes. */
  readonly parameters: number;
  readonly paddedParameters: number;
  readonly inputSize: number;
  readonly classes: number;
}

export type PlanResult =
  { readonly ok: true; readonly plan: LanePlan } | { readonly ok: false; readonly reason: string };

const range = (count: number, index: (k: number) => number) => Uint32Array.from({ length: count }, (_, k) => index(k));

/**
 * The lane trainer's form of a network at an input size, or why it has none:
 * convolutions of stride 1 without padding, subsampling over windows that tile
 * their input, full layers and outputs on single units or on the whole input
 * flattened, and no hidden softmax. Anything else trains on tfjs as before.
 */
export function lanePlan(network: NetworkSpec, input: Size2): PlanResult {
  const refuse = (reason: string): PlanResult => ({ ok: false, reason });
  if (input.height !== input.width) return refuse('the input is not square');
  let side = input.width;
  let maps = network.layers[0].channels;
  let offset = 0;
  const layers: LaneLayer[] = [];
  for (const layer of network.layers.slice(1)) {
    if (layer.kind === 'input') return refuse(`${layer.name} is a second input`);
    const tf = frameworkName(layer.name);
    const inputSize = maps * side * side;
    const activation = layer.activation;
    if (layer.kind !== 'output' && activation === 'softmax') return refuse(`${layer.name} uses a softmax`);
    const hidden = activation === 'softmax' ? 'identity' : activation;
    if (layer.kind === 'convolution') {
      const { kernel, stride, padding, connections } = layer;
      if (kernel.height !== kernel.width || stride !== 1 || padding !== 0 || kernel.width > side)
        return refuse(`${layer.name} is not a square kernel of stride 1 without padding`);
      const k = kernel.width;
      const area = k * k;
      const matrix = connections.type === 'table' ? connections.matrix : undefined;
      const links: [number, number][] = [];
      for (let o = 0; o < layer.maps; o++)
        for (let i = 0; i < maps; i++) if (!matrix || matrix[i]![o]) links.push([i, o]);
      const tableOrder = [...links].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const tableIndex = new Map(tableOrder.map(([i, o], at) => [`${i},${o}`, at]));
      const kernelIndex = (k2: number) => {
        const [i, o] = links[Math.floor(k2 / area)]!;
        const position = k2 % area;
        return matrix ? position * links.length + tableIndex.get(`${i},${o}`)! : (position * maps + i) * layer.maps + o;
      };
      const out = side - k + 1;
      const kernels = links.length * area;
      layers.push({
        kind: 'convolution',
        name: layer.name,
        inputSize,
        outputSize: layer.maps * out * out,
        offset,
        count: kernels + layer.maps,
        slots: [
          { name: `${tf}/kernel`, offset, tfjsIndex: range(kernels, kernelIndex) },
          { name: `${tf}/bias`, offset: offset + kernels, tfjsIndex: range(layer.maps, (o) => o) },
        ],
        inputMaps: maps,
        inputSide: side,
        maps: layer.maps,
        side: out,
        kernel: k,
        links,
        activation: hidden,
      });
      offset += kernels + layer.maps;
      side = out;
      maps = layer.maps;
    } else if (layer.kind === 'subsampling') {
      const { window, stride, trainable } = layer;
      if (window.height !== window.width || stride !== window.width || side % stride !== 0)
        return refuse(`${layer.name} has windows that do not tile its input`);
      const count = trainable ? 2 * maps : 0;
      const slots = trainable
        ? [
            { name: `${tf}/coefficient`, offset, tfjsIndex: range(maps, (m) => m) },
            { name: `${tf}/bias`, offset: offset + maps, tfjsIndex: range(maps, (m) => m) },
          ]
        : [];
      side /= stride;
      layers.push({
        kind: 'subsampling',
        name: layer.name,
        inputSize,
        outputSize: maps * side * side,
        offset,
        count,
        slots,
        maps,
        side,
        window: stride,
        trainable,
        activation: hidden,
      });
      offset += count;
    } else {
      if (layer.scope === 'position' && side !== 1) return refuse(`${layer.name} runs at more than one position`);
      const units = layer.units;
      // Our values run map by map; a flattened tfjs tensor runs position by position, maps innermost.
      const area = side * side;
      const tfjsRow = (i: number) => (i % area) * maps + Math.floor(i / area);
      const weights = units * inputSize;
      const dense = [
        {
          name: `${tf}/kernel`,
          offset,
          tfjsIndex: range(weights, (w) => tfjsRow(w % inputSize) * units + Math.floor(w / inputSize)),
        },
        { name: `${tf}/bias`, offset: offset + weights, tfjsIndex: range(units, (u) => u) },
      ];
      const common = { name: layer.name, inputSize, outputSize: units, offset, inputs: inputSize, units };
      if (layer.kind === 'full') {
        layers.push({ ...common, kind: 'dense', count: weights + units, slots: dense, activation: hidden });
        offset += weights + units;
      } else if (layer.classifier.type === 'softmax') {
        layers.push({ ...common, kind: 'softmax', count: weights + units, slots: dense });
        offset += weights + units;
      } else {
        layers.push({ ...common, kind: 'rbf', count: 0, slots: [] });
      }
      side = 1;
      maps = units;
    }
  }
  const last = layers.at(-1);
  if (!last || (last.kind !== 'softmax' && last.kind !== 'rbf')) return refuse('the last layer is not an output');
  return {
    ok: true,
    plan: {
      layers,
      parameters: offset,
      paddedParameters: Math.ceil(offset / 4) * 4,
      inputSize: network.layers[0].channels * input.height * input.width,
      classes: last.units,
    },
  };
}
