import { tf } from './tf.ts';

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

interface Moments {
  readonly first: Float32Array;
  readonly second: Float32Array;
}

/**
 * Adam (Kingma and Ba 2015), the same update as tfjs's `tf.train.adam`, computed
 * in plain JavaScript. LeNet-5 has only about 60,000 weights, so one loop over them
 * costs far less than tfjs's thirteen kernel calls per weight tensor, which took
 * about a tenth of each training step on the wasm backend.
 */
export class HostAdam {
  learningRate: number;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;
  private readonly moments = new Map<string, Moments>();
  private steps = 0;

  constructor({ learningRate, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7 }: AdamOptions) {
    this.learningRate = learningRate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
  }

  /** One step on every variable named in `gradients`; the gradients are left to the caller. */
  applyGradients(gradients: tf.NamedTensorMap): void {
    this.steps++;
    const { beta1, beta2, epsilon, learningRate } = this;
    const firstCorrection = 1 - beta1 ** this.steps;
    const secondCorrection = 1 - beta2 ** this.steps;
    for (const [name, gradient] of Object.entries(gradients)) {
      const variable = tf.engine().registeredVariables[name];
      if (!variable) throw new Error(`Adam was given a gradient for ${name}, which is not a variable.`);
      const g = gradient.dataSync() as Float32Array;
      const weights = Float32Array.from(variable.dataSync() as Float32Array);
      const { first, second } = this.momentsOf(name, weights.length);
      for (let i = 0; i < weights.length; i++) {
        first[i] = first[i]! * beta1 + g[i]! * (1 - beta1);
        second[i] = second[i]! * beta2 + g[i]! * g[i]! * (1 - beta2);
        const step = first[i]! / firstCorrection / (Math.sqrt(second[i]! / secondCorrection) + epsilon);
        weights[i] = weights[i]! - learningRate * step;
      }
      tf.tidy(() => variable.assign(tf.tensor(weights, variable.shape, 'float32')));
    }
  }

  private momentsOf(name: string, size: number): Moments {
    let moments = this.moments.get(name);
    if (!moments) {
      moments = { first: new Float32Array(size), second: new Float32Array(size) };
      this.moments.set(name, moments);
    }
    return moments;
  }
}
