import { PAPER_TRAINING } from '../paper/training.ts';
import { patternLoss, type Accumulate } from './loss.ts';
import type { SdlmNetwork } from './network.ts';

/** The paper's settings for SDLM (Section III-B, Appendix C); j is not given in the paper. */
export interface SdlmSettings {
  /** The safety term of Eq. 21 (the paper's value is PAPER_TRAINING.mu). */
  readonly mu: number;
  /** The constant of the MAP loss, Eq. 9. */
  readonly j: number;
}

/** Eq. 21 then Eq. 18: each parameter steps by eta / (mu + h_kk) times its own derivative. */
export function sdlmUpdate(theta: Float64Array, grad: Float64Array, steps: Float64Array): void {
  for (let k = 0; k < theta.length; k++) theta[k] = theta[k]! - steps[k]! * grad[k]!;
}

/** The step sizes of Eq. 21 from the diagonal Hessian estimate. */
export function stepSizes(hessian: Float64Array, eta: number, mu: number): Float64Array {
  return hessian.map((h) => eta / (mu + h));
}

/**
 * The paper's initialisation (Appendix A): uniform in +-initRange / F, F the fan-in of the parameter's unit;
 * `power` 0.5 gives the other common reading, +-initRange / sqrt(F).
 */
export function initialParameters(network: SdlmNetwork, random: () => number, power = 1): Float64Array {
  const theta = new Float64Array(network.parameters);
  for (const layer of network.layers)
    for (let p = 0; p < layer.count; p++) {
      const bound = PAPER_TRAINING.initRange / layer.fanInOf(p) ** power;
      theta[layer.offset + p] = (2 * random() - 1) * bound;
    }
  return theta;
}

/** Appendix C's estimate for any runner: the Gauss-Newton diagonal averaged over `images`, and their mean loss. */
export function averageCurvature(
  runner: Pick<SdlmRunner, 'hessian' | 'pattern'>,
  theta: Float64Array,
  images: readonly Float64Array[],
  labels: readonly number[],
): number {
  runner.hessian.fill(0);
  let loss = 0;
  images.forEach((image, p) => (loss += runner.pattern(theta, image, labels[p]!, 'curvature').value));
  for (let k = 0; k < runner.hessian.length; k++) runner.hessian[k] = runner.hessian[k]! / images.length;
  return loss / images.length;
}

/** Buffers for one pattern's trip forward and back: each layer's sums, outputs and derivatives. */
export class SdlmRunner {
  private readonly sums: Float64Array[];
  private readonly outputs: Float64Array[];
  private readonly deltas: Float64Array[];
  readonly grad: Float64Array;
  readonly hessian: Float64Array;
  private readonly lossGradient: Float64Array;
  readonly network: SdlmNetwork;
  readonly settings: SdlmSettings;

  constructor(network: SdlmNetwork, settings: SdlmSettings) {
    this.network = network;
    this.settings = settings;
    this.sums = network.layers.map((layer) => new Float64Array(layer.outputSize));
    this.outputs = network.layers.map((layer) => new Float64Array(layer.outputSize));
    this.deltas = network.layers.map((layer) => new Float64Array(layer.inputSize));
    this.grad = new Float64Array(network.parameters);
    this.hessian = new Float64Array(network.parameters);
    this.lossGradient = new Float64Array(network.layers.at(-1)!.outputSize);
  }

  /** The parameter vector the other calls take: `theta` itself here (see `WasmSdlmRunner.adopt`). */
  adopt(theta: Float64Array): Float64Array {
    return theta;
  }

  /** F6's state for one image (values maps-first, in the paper's input levels). */
  forward(theta: Float64Array, image: Float64Array): Float64Array {
    let input = image;
    this.network.layers.forEach((layer, index) => {
      layer.forward(theta, input, this.sums[index]!, this.outputs[index]!);
      input = this.outputs[index]!;
    });
    return input;
  }

  /** The loss and answer for one pattern; with `accumulate`, adds its gradient (or curvature) into `grad` (`hessian`). */
  pattern(theta: Float64Array, image: Float64Array, label: number, accumulate: Accumulate) {
    const state = this.forward(theta, image);
    const { prototypes, classes, layers } = this.network;
    const result = patternLoss(state, prototypes, classes, label, this.settings.j, accumulate, this.lossGradient);
    if (accumulate === 'none') return result;
    let delta = this.lossGradient;
    for (let index = layers.length - 1; index >= 0; index--) {
      const layer = layers[index]!;
      const input = index === 0 ? image : this.outputs[index - 1]!;
      const below = index === 0 ? undefined : this.deltas[index]!;
      if (accumulate === 'gradient') layer.backward(theta, input, this.outputs[index]!, delta, this.grad, below);
      else layer.curvature(theta, input, this.outputs[index]!, delta, this.hessian, below);
      if (below) delta = below;
    }
    return result;
  }

  /**
   * Appendix C: the Gauss-Newton diagonal, averaged over `images` (the paper uses PAPER_TRAINING.hessianSamples patterns), into
   * `hessian`; gives the patterns' mean loss, which costs nothing more.
   */
  estimateHessian(theta: Float64Array, images: readonly Float64Array[], labels: readonly number[]): number {
    return averageCurvature(this, theta, images, labels);
  }

  /** One stochastic update on one pattern (Eq. 18); gives its loss before the update, and its answer. */
  step(theta: Float64Array, image: Float64Array, label: number, steps: Float64Array) {
    this.grad.fill(0);
    const result = this.pattern(theta, image, label, 'gradient');
    sdlmUpdate(theta, this.grad, steps);
    return result;
  }
}

/** What the recipe needs of a runner: `SdlmRunner`, or the same in WebAssembly (`WasmSdlmRunner`). */
export type SdlmRunnerLike = Pick<SdlmRunner, 'adopt' | 'pattern' | 'estimateHessian' | 'step' | 'hessian'>;
