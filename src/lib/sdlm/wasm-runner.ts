import type { SdlmLayer } from './layers.ts';
import { patternLoss, type Accumulate, type MapLoss } from './loss.ts';
import type { SdlmNetwork } from './network.ts';
import { averageCurvature, type SdlmSettings } from './trainer.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import type { SdlmKernels } from './sdlm-kernels.ts';

/** The file assembly/sdlm.ts compiles to, under public/wasm/ for the playground. */
export const SDLM_BINARY = 'sdlm.wasm';

/** How the recorded runs name this runner. */
export const WASM_SDLM_RUNNER = 'WebAssembly, double precision (assembly/sdlm.ts)';

/**
 * The SDLM trainer's runner (see `SdlmRunner`) with its layers in WebAssembly: the
 * same arithmetic in double precision, about two and a half times as fast. The parameters,
 * their gradient, the Hessian estimate and the step sizes live in its memory:
 * `adopt` moves a parameter vector there, and every call takes that vector.
 */
export class WasmSdlmRunner {
  readonly network: SdlmNetwork;
  readonly settings: SdlmSettings;
  readonly grad: Float64Array;
  readonly hessian: Float64Array;
  private readonly kernels: SdlmKernels;
  private readonly memory: WebAssembly.Memory;
  private readonly at: {
    theta: number;
    grad: number;
    hessian: number;
    steps: number;
    image: number;
    scaled: number;
    loss: number;
    sums: number[];
    outputs: number[];
    deltas: number[];
    links: number[];
  };
  private readonly theta: Float64Array;
  private readonly image: Float64Array;
  private readonly lossGradient: Float64Array;
  private readonly output: Float64Array;
  private lastSteps: Float64Array | undefined;

  constructor(network: SdlmNetwork, settings: SdlmSettings, module: WebAssembly.Module) {
    this.network = network;
    this.settings = settings;
    let next = 0;
    const take = (bytes: number) => {
      const start = next;
      next += Math.ceil(bytes / 16) * 16;
      return start;
    };
    const doubles = (count: number) => take(count * 8);
    const { layers, parameters } = network;
    const linkWords = layers.map((layer) =>
      layer.shape.kind === 'convolution' ? layer.shape.links.flatMap((row) => [row.length, ...row]) : [],
    );
    this.at = {
      theta: doubles(parameters),
      grad: doubles(parameters),
      hessian: doubles(parameters),
      steps: doubles(parameters),
      image: doubles(network.inputSize),
      scaled: doubles(Math.max(...layers.map((layer) => layer.outputSize))),
      loss: doubles(layers.at(-1)!.outputSize),
      sums: layers.map((layer) => doubles(layer.outputSize)),
      outputs: layers.map((layer) => doubles(layer.outputSize)),
      deltas: layers.map((layer) => doubles(layer.inputSize)),
      links: linkWords.map((words) => take(words.length * 4)),
    };
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(next / 65536) + 1 });
    const instance = new WebAssembly.Instance(module, { env: { memory: this.memory, abort: () => undefined } });
    this.kernels = instance.exports as unknown as SdlmKernels;
    this.kernels.setScaledTanh(SCALED_TANH.amplitude, SCALED_TANH.slope);
    const buffer = this.memory.buffer;
    linkWords.forEach((words, index) => new Int32Array(buffer, this.at.links[index], words.length).set(words));
    this.theta = new Float64Array(buffer, this.at.theta, parameters);
    this.grad = new Float64Array(buffer, this.at.grad, parameters);
    this.hessian = new Float64Array(buffer, this.at.hessian, parameters);
    this.image = new Float64Array(buffer, this.at.image, network.inputSize);
    this.lossGradient = new Float64Array(buffer, this.at.loss, layers.at(-1)!.outputSize);
    this.output = new Float64Array(buffer, this.at.outputs.at(-1), layers.at(-1)!.outputSize);
  }

  /** The runner's own copy of `theta`: the vector every other call takes. */
  adopt(theta: Float64Array): Float64Array {
    this.theta.set(theta);
    return this.theta;
  }

  private check(theta: Float64Array): void {
    if (theta !== this.theta) throw new Error('The wasm SDLM runner works on the vector adopt() gave back.');
  }

  private parameter(index: number): number {
    return this.at.theta + index * 8;
  }

  /** F6's state for one image. */
  forward(theta: Float64Array, image: Float64Array): Float64Array {
    this.check(theta);
    this.image.set(image);
    this.network.layers.forEach((layer, index) => {
      const input = index === 0 ? this.at.image : this.at.outputs[index - 1]!;
      const sums = this.at.sums[index]!;
      const output = this.at.outputs[index]!;
      const { shape } = layer;
      if (shape.kind === 'convolution') {
        const kernels = this.parameter(layer.offset);
        const biases = this.parameter(layer.offset + layer.count - shape.links.length);
        const { inputSide, kernel, links } = shape;
        this.kernels.convForward(
          kernels,
          biases,
          input,
          sums,
          output,
          inputSide,
          kernel,
          links.length,
          this.at.links[index]!,
        );
      } else if (shape.kind === 'subsampling') {
        const { maps, inputSide, window } = shape;
        this.kernels.subsampleForward(this.parameter(layer.offset), input, sums, output, maps, inputSide, window);
      } else {
        this.kernels.fullForward(this.parameter(layer.offset), input, sums, output, shape.inputs, shape.units);
      }
    });
    return this.output;
  }

  private back(layer: SdlmLayer, index: number, kind: 'gradient' | 'curvature', delta: number, below: number): void {
    const target = (kind === 'gradient' ? this.at.grad : this.at.hessian) + layer.offset * 8;
    const input = index === 0 ? this.at.image : this.at.outputs[index - 1]!;
    const output = this.at.outputs[index]!;
    const { shape } = layer;
    if (shape.kind === 'convolution') {
      const run = kind === 'gradient' ? this.kernels.convGradient : this.kernels.convCurvature;
      const kernels = this.parameter(layer.offset);
      const biases = target + (layer.count - shape.links.length) * 8;
      const { inputSide, kernel, links, inputMaps } = shape;
      const list = this.at.links[index]!;
      run(
        kernels,
        target,
        biases,
        input,
        output,
        delta,
        this.at.scaled,
        below,
        inputSide,
        kernel,
        links.length,
        inputMaps,
        list,
      );
    } else if (shape.kind === 'subsampling') {
      const run = kind === 'gradient' ? this.kernels.subsampleGradient : this.kernels.subsampleCurvature;
      const { maps, inputSide, window } = shape;
      run(this.parameter(layer.offset), target, input, output, delta, below, maps, inputSide, window);
    } else {
      const run = kind === 'gradient' ? this.kernels.fullGradient : this.kernels.fullCurvature;
      run(this.parameter(layer.offset), target, input, output, delta, below, shape.inputs, shape.units);
    }
  }

  /** As `SdlmRunner.pattern`: the loss and answer, adding the gradient (or curvature) when asked. */
  pattern(theta: Float64Array, image: Float64Array, label: number, accumulate: Accumulate): MapLoss {
    const state = this.forward(theta, image);
    const { prototypes, classes, layers } = this.network;
    const result = patternLoss(state, prototypes, classes, label, this.settings.j, accumulate, this.lossGradient);
    if (accumulate === 'none') return result;
    let delta = this.at.loss;
    for (let index = layers.length - 1; index >= 0; index--) {
      const below = index === 0 ? 0 : this.at.deltas[index]!;
      this.back(layers[index]!, index, accumulate, delta, below);
      if (below) delta = below;
    }
    return result;
  }

  /** As `SdlmRunner.estimateHessian`. */
  estimateHessian(theta: Float64Array, images: readonly Float64Array[], labels: readonly number[]): number {
    return averageCurvature(this, theta, images, labels);
  }

  /** As `SdlmRunner.step`: one update (Eq. 18) on one pattern. */
  step(theta: Float64Array, image: Float64Array, label: number, steps: Float64Array): MapLoss {
    if (steps !== this.lastSteps) {
      new Float64Array(this.memory.buffer, this.at.steps, this.network.parameters).set(steps);
      this.lastSteps = steps;
    }
    // The gradient is zero here: the last update cleared it.
    const result = this.pattern(theta, image, label, 'gradient');
    this.kernels.update(this.at.theta, this.at.grad, this.at.steps, this.network.parameters);
    return result;
  }
}
