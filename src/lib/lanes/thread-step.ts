import { EQ9_J } from '../paper/eq9.ts';
import { ACTIVATION_CODE } from './activation-code.ts';
import type { LaneKernels } from './kernels.ts';
import type { Layout } from './layout.ts';
import type { LaneConvolution, LaneLayer, LanePlan } from './plan.ts';
import { LANE_BYTES, tableBound, TableWriter, writeConvolutionTables } from './tables.ts';

/** Where the parameters, the RBF prototypes and the batch live: memory every thread reads. */
export interface SharedBuffers {
  readonly parameters: number;
  readonly prototypes: number;
  /** The batch's inputs, digit by digit, and its labels as 32-bit integers. */
  readonly inputs: number;
  readonly labels: number;
}

interface Values {
  readonly output: number;
  readonly delta: number;
  /** A padded convolution's input maps with their margins of zeros, which its kernels slide over, or 0. */
  readonly paddedInput: number;
  /** The gradient of those padded maps, cropped to the layer below's gradient, or 0 (none, or no padding). */
  readonly paddedInputDelta: number;
  /** A convolution's output gradient padded by k - 1, where it passes its gradient down by correlation. */
  readonly padded: number;
  /** Where the per-map tables of (pair list, pair count) start, forward and for the input gradient. */
  forwardMaps: number;
  backwardMaps: number;
  /** Where the kernel-gradient list, and the scatter list, start. */
  gradientList: number;
  scatterList: number;
}

const PLANE_BYTES = LANE_BYTES;

/** A lane layer no case handles: a type error while a kind lacks its case, and a thrown one should it slip through. */
const unhandled = (layer: never): never => {
  throw new Error(`The lane engine has no kernels for ${(layer as LaneLayer).kind} layers.`);
};

/**
 * Whether a convolution passes its gradient down by scattering each output's
 * gradient through its kernel, rather than correlating padded planes: when the
 * output is small beside the input, most of the padded planes are zeros.
 */
const scatters = (layer: LaneConvolution): boolean => 2 * layer.side ** 2 < layer.inputSide ** 2;

/** Values of a padded convolution's input maps with their margins: the planes its kernels slide over. */
const paddedInputSize = (layer: LaneConvolution): number => layer.inputMaps * layer.inputSide ** 2;

/**
 * Each input map of a padded convolution: where its plane starts in the padded copy at `padded`
 * and in the maps as the layer below gives them at `unpadded`, and their side there.
 */
function eachInputPlane(
  layer: LaneConvolution,
  padded: number,
  unpadded: number,
  each: (paddedPlane: number, plane: number, side: number) => void,
): void {
  const side = layer.inputSide - 2 * layer.padding;
  for (let m = 0; m < layer.inputMaps; m++)
    each(padded + m * layer.inputSide ** 2 * PLANE_BYTES, unpadded + m * side * side * PLANE_BYTES, side);
}

/**
 * One thread's working memory: every layer's values and gradients for four digits,
 * and its own parameter gradients. It runs groups of four digits through the
 * network and back, adding each group's gradients to its own.
 */
export class ThreadStep {
  readonly gradients: number;
  private readonly input: number;
  private readonly values: Values[];
  /** The pair and kernel lists the convolutions hand the kernels, as 32-bit words, and where they sit. */
  private readonly table: Uint32Array;
  private readonly tableAt: number;
  private readonly plan: LanePlan;
  private readonly shared: SharedBuffers;
  private kernels!: LaneKernels;

  constructor(plan: LanePlan, shared: SharedBuffers, layout: Layout) {
    this.plan = plan;
    this.shared = shared;
    this.input = layout.lanes(plan.inputSize);
    this.gradients = layout.lanes(plan.paddedParameters);
    this.values = plan.layers.map((layer, index) => {
      const output = layout.lanes(layer.outputSize);
      const delta = layout.lanes(layer.outputSize);
      const wide = layer.kind === 'convolution' ? layer.side + 2 * (layer.kernel - 1) : 0;
      const padded =
        layer.kind === 'convolution' && index > 0 && !scatters(layer) ? layout.lanes(layer.maps * wide * wide) : 0;
      const paddedPlanes = layer.kind === 'convolution' && layer.padding > 0 ? paddedInputSize(layer) : 0;
      const paddedInput = paddedPlanes ? layout.lanes(paddedPlanes) : 0;
      const paddedInputDelta = paddedPlanes && index > 0 ? layout.lanes(paddedPlanes) : 0;
      const lists = { forwardMaps: 0, backwardMaps: 0, gradientList: 0, scatterList: 0 };
      return { output, delta, padded, paddedInput, paddedInputDelta, ...lists };
    });
    // Room for every list, bounded above, so that the lists can hold absolute addresses of each other.
    this.tableAt = layout.floats(tableBound(plan.layers));
    const table = new TableWriter(this.tableAt);
    plan.layers.forEach((layer, index) => {
      if (layer.kind !== 'convolution') return;
      const values = this.values[index]!;
      // A padded layer reads, and passes its gradient down through, its own padded copy of the maps below.
      const memory = {
        below: values.paddedInput || (index === 0 ? this.input : this.values[index - 1]!.output),
        belowDelta: index === 0 ? 0 : values.paddedInputDelta || this.values[index - 1]!.delta,
        delta: values.delta,
        padded: values.padded,
        gradients: this.gradients,
        parameters: shared.parameters,
      };
      Object.assign(values, writeConvolutionTables(table, layer, memory));
    });
    this.table = Uint32Array.from(table.words);
  }

  /**
   * Gives the thread step its kernels and memory, writes its tables and zeroes its padding: only the planes'
   * insides are written from then on, so their margins stay zero.
   */
  bind(kernels: LaneKernels, memory: ArrayBuffer | SharedArrayBuffer): void {
    this.kernels = kernels;
    new Uint32Array(memory, this.tableAt, this.table.length).set(this.table);
    this.plan.layers.forEach((layer, index) => {
      const values = this.values[index]!;
      if (layer.kind === 'convolution' && values.padded) {
        const wide = layer.side + 2 * (layer.kernel - 1);
        this.kernels.fill(values.padded, layer.maps * wide * wide, 0);
      }
      if (layer.kind === 'convolution' && values.paddedInput)
        this.kernels.fill(values.paddedInput, paddedInputSize(layer), 0);
    });
  }

  /** The output layer's values for the group last run forward: logits or distances, four digits per class. */
  get outputs(): number {
    return this.values.at(-1)!.output;
  }

  private parameter(index: number): number {
    return this.shared.parameters + index * 4;
  }

  /** Runs digits first .. first + count - 1 of the batch forward. */
  forward(first: number, count: number): void {
    const k = this.kernels;
    k.interleave(this.input, this.shared.inputs, this.plan.inputSize, first, count);
    this.plan.layers.forEach((layer, index) => {
      const below = index === 0 ? this.input : this.values[index - 1]!.output;
      const { output, forwardMaps } = this.values[index]!;
      switch (layer.kind) {
        case 'convolution': {
          const { paddedInput } = this.values[index]!;
          if (paddedInput)
            eachInputPlane(layer, paddedInput, below, (padded, plane, side) =>
              k.padPlane(padded, plane, side, layer.padding),
            );
          const biases = this.parameter(layer.offset + layer.links.length * layer.kernel ** 2);
          const { side, inputSide, kernel } = layer;
          k.correlateMaps(output, layer.maps, side, inputSide, kernel, forwardMaps, 4, biases, 0, inputSide);
          k.activate(output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
          break;
        }
        case 'subsampling': {
          const coefficients = layer.trainable ? this.parameter(layer.offset) : 0;
          const biases = layer.trainable ? this.parameter(layer.offset + layer.maps) : 0;
          k.subsample(output, below, layer.maps, layer.side, layer.window, coefficients, biases, 1 / layer.window ** 2);
          k.activate(output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
          break;
        }
        case 'dense':
        case 'softmax': {
          const weights = this.parameter(layer.offset);
          k.dense(output, below, weights, weights + layer.units * layer.inputs * 4, layer.units, layer.inputs);
          if (layer.kind === 'dense') k.activate(output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
          break;
        }
        case 'rbf':
          k.rbf(output, below, this.shared.prototypes, layer.units, layer.inputs);
          break;
        default:
          unhandled(layer);
      }
    });
  }

  /** The loss of the group last run forward, and its gradient scaled by `scale`; returns the group's summed loss. */
  loss(first: number, count: number, scale: number): number {
    const last = this.plan.layers.at(-1)!;
    const { output, delta } = this.values.at(-1)!;
    const labels = this.shared.labels + first * 4;
    return last.kind === 'rbf'
      ? this.kernels.mapLoss(output, delta, labels, last.units, count, EQ9_J.adam, scale)
      : this.kernels.softmaxLoss(output, delta, labels, this.plan.classes, count, scale, this.plan.labelSmoothing ?? 0);
  }

  /** Back-propagates the group's loss gradient, adding the parameter gradients to this thread's. */
  backward(): void {
    const k = this.kernels;
    for (let index = this.plan.layers.length - 1; index >= 0; index--) {
      const layer: LaneLayer = this.plan.layers[index]!;
      const below = index === 0 ? this.input : this.values[index - 1]!.output;
      const belowDelta = index === 0 ? 0 : this.values[index - 1]!.delta;
      const { output, delta } = this.values[index]!;
      const gradient = (at: number) => this.gradients + at * PLANE_BYTES;
      switch (layer.kind) {
        case 'rbf':
          if (belowDelta) k.rbfBackward(belowDelta, delta, below, this.shared.prototypes, layer.units, layer.inputs);
          break;
        case 'softmax':
        case 'dense': {
          if (layer.kind === 'dense')
            k.activationSlope(delta, output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
          const weights = this.parameter(layer.offset);
          const weightCount = layer.units * layer.inputs;
          k.denseBackward(
            belowDelta,
            gradient(layer.offset),
            gradient(layer.offset + weightCount),
            below,
            delta,
            weights,
            layer.units,
            layer.inputs,
          );
          break;
        }
        case 'subsampling': {
          k.activationSlope(delta, output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
          const coefficients = layer.trainable ? this.parameter(layer.offset) : 0;
          k.subsampleBackward(
            belowDelta,
            gradient(layer.offset),
            gradient(layer.offset + layer.maps),
            below,
            delta,
            layer.maps,
            layer.side,
            layer.window,
            coefficients,
            1 / layer.window ** 2,
          );
          break;
        }
        case 'convolution':
          this.convolutionBackward(layer, index);
          break;
        default:
          unhandled(layer);
      }
    }
  }

  /** A convolution's kernel and bias gradients, and the gradient it passes to the layer below, if any. */
  private convolutionBackward(layer: LaneConvolution, index: number): void {
    const k = this.kernels;
    const belowDelta = index === 0 ? 0 : this.values[index - 1]!.delta;
    const { output, delta, padded, paddedInputDelta, backwardMaps, gradientList, scatterList } = this.values[index]!;
    k.activationSlope(delta, output, layer.outputSize, ACTIVATION_CODE[layer.activation]);
    const area = layer.kernel ** 2;
    const plane = layer.side * layer.side;
    k.kernelGradients(gradientList, layer.links.length, layer.kernel, layer.inputSide, layer.side);
    const biasStart = layer.offset + layer.links.length * area;
    for (let o = 0; o < layer.maps; o++)
      k.planeGradient(this.gradients + (biasStart + o) * PLANE_BYTES, delta + o * plane * PLANE_BYTES, plane);
    if (!belowDelta) return;
    // A padded layer's gradient lands on its padded maps, and the layer below takes their insides.
    const inputDelta = paddedInputDelta || belowDelta;
    if (!padded) {
      k.fill(inputDelta, paddedInputSize(layer), 0);
      k.scatters(scatterList, layer.links.length, layer.inputSide, layer.side, layer.kernel);
    } else {
      const margin = layer.kernel - 1;
      const wide = layer.side + 2 * margin;
      for (let o = 0; o < layer.maps; o++) {
        k.padPlane(padded + o * wide * wide * PLANE_BYTES, delta + o * plane * PLANE_BYTES, layer.side, margin);
      }
      const { inputMaps, inputSide, kernel, side } = layer;
      k.correlateMaps(inputDelta, inputMaps, inputSide, wide, kernel, backwardMaps, -4, 0, margin, margin + side);
    }
    if (paddedInputDelta)
      eachInputPlane(layer, paddedInputDelta, belowDelta, (padded, plane, side) =>
        k.cropPlane(plane, padded, side, layer.padding),
      );
  }

  /** Runs digits first .. first + count - 1 forward, writing each one's outputs to `results` (`classes` each). */
  forwardDigits(first: number, count: number, results: Float32Array): void {
    const classes = this.plan.classes;
    const values = new Float32Array(results.buffer, this.outputs, classes * 4);
    for (let at = first; at < first + count; at += 4) {
      const lanes = Math.min(4, first + count - at);
      this.forward(at, lanes);
      for (let lane = 0; lane < lanes; lane++)
        for (let c = 0; c < classes; c++) results[(at + lane) * classes + c] = values[c * 4 + lane]!;
    }
  }

  /** Trains on digits first .. first + count - 1 of the batch, four at a time; returns their summed loss. */
  trainDigits(first: number, count: number, scale: number): number {
    let total = 0;
    for (let at = first; at < first + count; at += 4) {
      const lanes = Math.min(4, first + count - at);
      this.forward(at, lanes);
      total += this.loss(at, lanes, scale);
      this.backward();
    }
    return total;
  }
}
