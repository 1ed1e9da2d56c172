import { SCALED_TANH } from '../lenet/activation.ts';

/** A layer's geometry, for a trainer that runs the same layer elsewhere (assembly/sdlm.ts). */
export type SdlmShape =
  | {
      readonly kind: 'convolution';
      readonly inputMaps: number;
      readonly inputSide: number;
      readonly kernel: number;
      readonly links: readonly (readonly number[])[];
    }
  | { readonly kind: 'subsampling'; readonly maps: number; readonly inputSide: number; readonly window: number }
  | { readonly kind: 'full'; readonly inputs: number; readonly units: number };

/**
 * One trainable layer of the paper's network in the SDLM trainer: values are
 * maps-first (map, row, column), parameters live in one shared vector at
 * `offset`, and each pass has a forward step, the back-propagation of the
 * gradient (Eq. 19: sums over the connections that share a parameter), and the
 * back-propagation of the Gauss-Newton second derivatives (Eqs. 25 and 27).
 */
export interface SdlmLayer {
  readonly name: string;
  readonly shape: SdlmShape;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Where its parameters start in the shared vector, and how many there are. */
  readonly offset: number;
  readonly count: number;
  /**
   * The F of the paper's initialisation, +-2.4 / F, for the unit each parameter belongs to. Appendix A's F is "the
   * number of inputs (fan-in) of the unit"; this count adds the bias as one more input (26 for a C1 unit, not 25;
   * 5 for S2 and S4, not 4), so every range is a little narrower than the paper's. It stays so because every recorded
   * run of the recipe (public/models/paper-sdlm) started from these ranges; the training page says so.
   */
  fanInOf(parameter: number): number;
  forward(theta: Float64Array, input: Float64Array, sums: Float64Array, output: Float64Array): void;
  /** `delta` holds dE/d(output) on entry; adds dE/d(parameter) into `grad`, writes dE/d(input) into `inputDelta`. */
  backward(
    theta: Float64Array,
    input: Float64Array,
    output: Float64Array,
    delta: Float64Array,
    grad: Float64Array,
    inputDelta: Float64Array | undefined,
  ): void;
  /** As `backward`, for the second derivatives: squared slopes and squared weights (Eq. 27), squared inputs (Eq. 25). */
  curvature(
    theta: Float64Array,
    input: Float64Array,
    output: Float64Array,
    second: Float64Array,
    hessian: Float64Array,
    inputSecond: Float64Array | undefined,
  ): void;
}

const { amplitude: A, slope: S } = SCALED_TANH;
/** f(a) = A tanh(S a), and f'(a) from f(a) itself: S (A - f^2 / A). */
export const squash = (a: number): number => A * Math.tanh(S * a);
export const slopeAt = (output: number): number => S * (A - (output * output) / A);

/**
 * A convolution whose output map o reads the input maps `links[o]` through one k x k kernel each, stride 1.
 * Its forward, gradient and curvature loops are written out in one closure, as in assembly/sdlm.ts, so that
 * each reads as the paper's arithmetic and the two runners can be compared loop by loop; hence its length.
 */
export function convolutionLayer(options: {
  name: string;
  offset: number;
  inputMaps: number;
  inputSide: number;
  kernel: number;
  links: readonly (readonly number[])[];
}): SdlmLayer {
  const { name, offset, inputMaps, inputSide: n, kernel: k, links } = options;
  const m = n - k + 1;
  const area = k * k;
  const maps = links.length;
  // Parameters: every link's kernel, in link order, then one bias per output map.
  const kernelStart = links.map((_, o) => links.slice(0, o).reduce((sum, row) => sum + row.length, 0) * area);
  const linkCount = links.reduce((sum, row) => sum + row.length, 0);
  const biasStart = offset + linkCount * area;
  const count = linkCount * area + maps;
  const mapOf = (parameter: number) => {
    if (parameter >= linkCount * area) return parameter - linkCount * area;
    let o = 0;
    while (o + 1 < maps && kernelStart[o + 1]! <= parameter) o++;
    return o;
  };
  // The unit's delta (or second derivative) times the squashing's slope (or its square), one per output unit.
  const scaled = new Float64Array(maps * m * m);
  const outputs = maps * m * m;
  /**
   * dE/dw and dE/d(input) (or, with `squareWeights` and squared inputs, the Gauss-Newton terms): for each weight,
   * the sum over the output positions it is used at. Loops run weight by weight over whole output rows, so that
   * the innermost loop walks two arrays in step.
   */
  const spread = (
    theta: Float64Array,
    input: Float64Array,
    target: Float64Array,
    inputTarget: Float64Array | undefined,
    squared: boolean,
  ) => {
    inputTarget?.fill(0);
    if (m === 1) {
      for (let o = 0; o < maps; o++) {
        const d = scaled[o]!;
        target[biasStart + o] = target[biasStart + o]! + d;
        let w = offset + kernelStart[o]!;
        const row = links[o]!;
        for (let l = 0; l < row.length; l++) {
          const base = row[l]! * n * n;
          for (let ky = 0; ky < k; ky++) {
            const start = base + ky * n;
            for (let kx = 0; kx < k; kx++, w++) {
              const value = input[start + kx]!;
              target[w] = target[w]! + d * (squared ? value * value : value);
              if (inputTarget)
                inputTarget[start + kx] = inputTarget[start + kx]! + d * (squared ? theta[w]! * theta[w]! : theta[w]!);
            }
          }
        }
      }
      return;
    }
    for (let o = 0; o < maps; o++) {
      let bias = 0;
      for (let unit = o * m * m; unit < (o + 1) * m * m; unit++) bias += scaled[unit]!;
      target[biasStart + o] = target[biasStart + o]! + bias;
      let w = offset + kernelStart[o]!;
      const row = links[o]!;
      for (let l = 0; l < row.length; l++) {
        const base = row[l]! * n * n;
        for (let ky = 0; ky < k; ky++)
          for (let kx = 0; kx < k; kx++, w++) {
            const weight = squared ? theta[w]! * theta[w]! : theta[w]!;
            let sum = 0;
            for (let y = 0; y < m; y++) {
              const i = base + (y + ky) * n + kx;
              const u = o * m * m + y * m;
              if (squared) for (let x = 0; x < m; x++) sum += scaled[u + x]! * input[i + x]! * input[i + x]!;
              else for (let x = 0; x < m; x++) sum += scaled[u + x]! * input[i + x]!;
            }
            if (inputTarget)
              for (let y = 0; y < m; y++) {
                const i = base + (y + ky) * n + kx;
                const u = o * m * m + y * m;
                for (let x = 0; x < m; x++) inputTarget[i + x] = inputTarget[i + x]! + weight * scaled[u + x]!;
              }
            target[w] = target[w]! + sum;
          }
      }
    }
  };
  return {
    name,
    shape: { kind: 'convolution', inputMaps, inputSide: n, kernel: k, links },
    inputSize: inputMaps * n * n,
    outputSize: outputs,
    offset,
    count,
    fanInOf: (parameter) => links[mapOf(parameter)]!.length * area + 1,
    forward(theta, input, sums, output) {
      if (m === 1) {
        // One position per map (C5 at 32x32): each unit is a plain dot product over its links' windows.
        for (let o = 0; o < maps; o++) {
          let a = theta[biasStart + o]!;
          let w = offset + kernelStart[o]!;
          const row = links[o]!;
          for (let l = 0; l < row.length; l++) {
            const base = row[l]! * n * n;
            for (let ky = 0; ky < k; ky++) {
              const start = base + ky * n;
              for (let kx = 0; kx < k; kx++) a += theta[w++]! * input[start + kx]!;
            }
          }
          sums[o] = a;
          output[o] = squash(a);
        }
        return;
      }
      for (let o = 0; o < maps; o++) {
        sums.fill(theta[biasStart + o]!, o * m * m, (o + 1) * m * m);
        let w = offset + kernelStart[o]!;
        const row = links[o]!;
        for (let l = 0; l < row.length; l++) {
          const base = row[l]! * n * n;
          for (let ky = 0; ky < k; ky++)
            for (let kx = 0; kx < k; kx++, w++) {
              const weight = theta[w]!;
              for (let y = 0; y < m; y++) {
                const i = base + (y + ky) * n + kx;
                const u = o * m * m + y * m;
                for (let x = 0; x < m; x++) sums[u + x] = sums[u + x]! + weight * input[i + x]!;
              }
            }
        }
      }
      for (let unit = 0; unit < outputs; unit++) output[unit] = squash(sums[unit]!);
    },
    backward(theta, input, output, delta, grad, inputDelta) {
      for (let unit = 0; unit < outputs; unit++) scaled[unit] = delta[unit]! * slopeAt(output[unit]!);
      spread(theta, input, grad, inputDelta, false);
    },
    curvature(theta, input, output, second, hessian, inputSecond) {
      for (let unit = 0; unit < outputs; unit++) scaled[unit] = second[unit]! * slopeAt(output[unit]!) ** 2;
      spread(theta, input, hessian, inputSecond, true);
    },
  };
}

/** The paper's subsampling: each map's window sums times a trainable coefficient, plus a bias, squashed. */
export function subsamplingLayer(options: {
  name: string;
  offset: number;
  maps: number;
  inputSide: number;
  window: number;
}): SdlmLayer {
  const { name, offset, maps, inputSide: n, window: s } = options;
  const m = Math.floor(n / s);
  const windowSum = (values: Float64Array, c: number, y: number, x: number, squared: boolean) => {
    let sum = 0;
    for (let dy = 0; dy < s; dy++) {
      const start = c * n * n + (y * s + dy) * n + x * s;
      for (let dx = 0; dx < s; dx++) sum += squared ? values[start + dx]! * values[start + dx]! : values[start + dx]!;
    }
    return sum;
  };
  const spread = (target: Float64Array, c: number, y: number, x: number, value: number) => {
    for (let dy = 0; dy < s; dy++) {
      const start = c * n * n + (y * s + dy) * n + x * s;
      for (let dx = 0; dx < s; dx++) target[start + dx] = target[start + dx]! + value;
    }
  };
  // Parameters: one coefficient per map, then one bias per map.
  return {
    name,
    shape: { kind: 'subsampling', maps, inputSide: n, window: s },
    inputSize: maps * n * n,
    outputSize: maps * m * m,
    offset,
    count: 2 * maps,
    fanInOf: () => s * s + 1,
    forward(theta, input, sums, output) {
      for (let c = 0; c < maps; c++)
        for (let y = 0; y < m; y++)
          for (let x = 0; x < m; x++) {
            const unit = c * m * m + y * m + x;
            sums[unit] = theta[offset + c]! * windowSum(input, c, y, x, false) + theta[offset + maps + c]!;
            output[unit] = squash(sums[unit]);
          }
    },
    backward(theta, input, output, delta, grad, inputDelta) {
      inputDelta?.fill(0);
      for (let c = 0; c < maps; c++)
        for (let y = 0; y < m; y++)
          for (let x = 0; x < m; x++) {
            const unit = c * m * m + y * m + x;
            const d = delta[unit]! * slopeAt(output[unit]!);
            grad[offset + c] = grad[offset + c]! + d * windowSum(input, c, y, x, false);
            grad[offset + maps + c] = grad[offset + maps + c]! + d;
            if (inputDelta) spread(inputDelta, c, y, x, d * theta[offset + c]!);
          }
    },
    curvature(theta, input, output, second, hessian, inputSecond) {
      inputSecond?.fill(0);
      for (let c = 0; c < maps; c++)
        for (let y = 0; y < m; y++)
          for (let x = 0; x < m; x++) {
            const unit = c * m * m + y * m + x;
            const h = second[unit]! * slopeAt(output[unit]!) ** 2;
            // The coefficient is shared by the window's connections: Eq. 23 sums their squared inputs.
            hessian[offset + c] = hessian[offset + c]! + h * windowSum(input, c, y, x, true);
            hessian[offset + maps + c] = hessian[offset + maps + c]! + h;
            if (inputSecond) spread(inputSecond, c, y, x, h * theta[offset + c]! ** 2);
          }
    },
  };
}

/** Units that each read every input (F6 on C5's 120 single units), weights row by row, then the biases. */
export function fullLayer(options: { name: string; offset: number; inputs: number; units: number }): SdlmLayer {
  const { name, offset, inputs, units } = options;
  const biasStart = offset + inputs * units;
  return {
    name,
    shape: { kind: 'full', inputs, units },
    inputSize: inputs,
    outputSize: units,
    offset,
    count: inputs * units + units,
    fanInOf: () => inputs + 1,
    forward(theta, input, sums, output) {
      for (let u = 0; u < units; u++) {
        let a = theta[biasStart + u]!;
        const row = offset + u * inputs;
        for (let i = 0; i < inputs; i++) a += theta[row + i]! * input[i]!;
        sums[u] = a;
        output[u] = squash(a);
      }
    },
    backward(theta, input, output, delta, grad, inputDelta) {
      inputDelta?.fill(0);
      for (let u = 0; u < units; u++) {
        const d = delta[u]! * slopeAt(output[u]!);
        grad[biasStart + u] = grad[biasStart + u]! + d;
        const row = offset + u * inputs;
        for (let i = 0; i < inputs; i++) {
          grad[row + i] = grad[row + i]! + d * input[i]!;
          if (inputDelta) inputDelta[i] = inputDelta[i]! + d * theta[row + i]!;
        }
      }
    },
    curvature(theta, input, output, second, hessian, inputSecond) {
      inputSecond?.fill(0);
      for (let u = 0; u < units; u++) {
        const h = second[u]! * slopeAt(output[u]!) ** 2;
        hessian[biasStart + u] = hessian[biasStart + u]! + h;
        const row = offset + u * inputs;
        for (let i = 0; i < inputs; i++) {
          hessian[row + i] = hessian[row + i]! + h * input[i]! ** 2;
          if (inputSecond) inputSecond[i] = inputSecond[i]! + h * theta[row + i]! ** 2;
        }
      }
    },
  };
}
