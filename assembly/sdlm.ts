// The paper's recipe (stochastic diagonal Levenberg-Marquardt) one digit at a time,
// in double precision: the same layers as src/lib/sdlm/layers.ts, for speed.
// Values run maps-first; pointers are byte offsets of f64 arrays; links (i32) list,
// per output map, how many input maps it reads and which, kernels in the same order. Its loops are
// written out in full, however long, as in src/lib/sdlm/layers.ts, so that the two runners can be
// compared loop by loop and no call sits inside the per-weight loops.

// The paper's A and S of f(a) = A tanh(S a), handed over by setScaledTanh from
// src/lib/lenet/activation.ts, the one place they are written; NaN until then.
let A: f64 = NaN;
let S: f64 = NaN;

export function setScaledTanh(amplitude: f64, slope: f64): void {
  A = amplitude;
  S = slope;
}

@inline function f64At(base: usize, index: i32): usize {
  return base + (<usize>index << 3);
}

@inline function slopeAt(output: f64): f64 {
  return S * (A - (output * output) / A);
}

/** f(a) = A tanh(S a) for each of `count` sums. */
function squash(sums: usize, output: usize, count: i32): void {
  for (let u = 0; u < count; u++) store<f64>(f64At(output, u), A * Math.tanh(S * load<f64>(f64At(sums, u))));
}

export function convForward(
  kernels: usize,
  biases: usize,
  input: usize,
  sums: usize,
  output: usize,
  n: i32,
  k: i32,
  maps: i32,
  links: usize,
): void {
  const m = n - k + 1;
  let kernel = kernels;
  let list = links;
  for (let o = 0; o < maps; o++) {
    const count = load<i32>(list);
    const bias = load<f64>(f64At(biases, o));
    for (let y = 0; y < m; y++) {
      let x = 0;
      // Four neighbouring units at once, two to a register: the same sums, added in the same order.
      for (; x + 4 <= m; x += 4) {
        let a0 = f64x2.splat(bias);
        let a1 = f64x2.splat(bias);
        let w = kernel;
        for (let l = 0; l < count; l++) {
          const corner = f64At(input, load<i32>(list + (<usize>(l + 1) << 2)) * n * n + y * n + x);
          for (let ky = 0; ky < k; ky++) {
            const row = corner + (<usize>(ky * n) << 3);
            for (let kx = 0; kx < k; kx++) {
              const weight = f64x2.splat(load<f64>(w));
              const at = row + (<usize>kx << 3);
              a0 = f64x2.add(a0, f64x2.mul(weight, v128.load(at)));
              a1 = f64x2.add(a1, f64x2.mul(weight, v128.load(at, 16)));
              w += 8;
            }
          }
        }
        const target = f64At(sums, o * m * m + y * m + x);
        v128.store(target, a0);
        v128.store(target, a1, 16);
      }
      for (; x < m; x++) {
        let a = bias;
        let w = kernel;
        for (let l = 0; l < count; l++) {
          const corner = f64At(input, load<i32>(list + (<usize>(l + 1) << 2)) * n * n + y * n + x);
          for (let ky = 0; ky < k; ky++) {
            const row = corner + (<usize>(ky * n) << 3);
            for (let kx = 0; kx < k; kx++) {
              a += load<f64>(w) * load<f64>(row + (<usize>kx << 3));
              w += 8;
            }
          }
        }
        store<f64>(f64At(sums, o * m * m + y * m + x), a);
      }
    }
    kernel += <usize>(count * k * k) << 3;
    list += <usize>(count + 1) << 2;
  }
  squash(sums, output, maps * m * m);
}

/**
 * Back through a convolution: with `squared` false, the gradient (`delta` holds
 * dE/d(output)); with `squared` true, the Gauss-Newton second derivatives (Eqs. 25,
 * 27: squared slopes, squared inputs, squared weights). Adds into `target` (kernels
 * then biases, as the parameters run) and writes the input's share if `inputTarget`.
 */
@inline function convBack(
  squared: bool,
  kernels: usize,
  target: usize,
  targetBiases: usize,
  input: usize,
  output: usize,
  delta: usize,
  scaled: usize,
  inputTarget: usize,
  n: i32,
  k: i32,
  maps: i32,
  inputMaps: i32,
  links: usize,
): void {
  const m = n - k + 1;
  const units = maps * m * m;
  for (let u = 0; u < units; u++) {
    const slope = slopeAt(load<f64>(f64At(output, u)));
    store<f64>(f64At(scaled, u), load<f64>(f64At(delta, u)) * (squared ? slope * slope : slope));
  }
  if (inputTarget) memory.fill(inputTarget, 0, <usize>(inputMaps * n * n) << 3);
  let w = kernels;
  let t = target;
  let list = links;
  for (let o = 0; o < maps; o++) {
    const count = load<i32>(list);
    const plane = f64At(scaled, o * m * m);
    let bias: f64 = 0;
    for (let u = 0; u < m * m; u++) bias += load<f64>(f64At(plane, u));
    store<f64>(f64At(targetBiases, o), load<f64>(f64At(targetBiases, o)) + bias);
    for (let l = 0; l < count; l++) {
      const base = load<i32>(list + (<usize>(l + 1) << 2)) * n * n;
      for (let ky = 0; ky < k; ky++) {
        for (let kx = 0; kx < k; kx++) {
          const value = load<f64>(w);
          const weight = squared ? value * value : value;
          let sum: f64 = 0;
          for (let y = 0; y < m; y++) {
            const i = f64At(input, base + (y + ky) * n + kx);
            const d = f64At(plane, y * m);
            const it = f64At(inputTarget, base + (y + ky) * n + kx);
            for (let x = 0; x < m; x++) {
              const s = load<f64>(d + (<usize>x << 3));
              const v = load<f64>(i + (<usize>x << 3));
              sum += s * (squared ? v * v : v);
              if (inputTarget) store<f64>(it + (<usize>x << 3), load<f64>(it + (<usize>x << 3)) + weight * s);
            }
          }
          store<f64>(t, load<f64>(t) + sum);
          w += 8;
          t += 8;
        }
      }
    }
    list += <usize>(count + 1) << 2;
  }
}

export function convGradient(
  kernels: usize,
  target: usize,
  targetBiases: usize,
  input: usize,
  output: usize,
  delta: usize,
  scaled: usize,
  inputTarget: usize,
  n: i32,
  k: i32,
  maps: i32,
  inputMaps: i32,
  links: usize,
): void {
  convBack(false, kernels, target, targetBiases, input, output, delta, scaled, inputTarget, n, k, maps, inputMaps, links);
}

export function convCurvature(
  kernels: usize,
  target: usize,
  targetBiases: usize,
  input: usize,
  output: usize,
  delta: usize,
  scaled: usize,
  inputTarget: usize,
  n: i32,
  k: i32,
  maps: i32,
  inputMaps: i32,
  links: usize,
): void {
  convBack(true, kernels, target, targetBiases, input, output, delta, scaled, inputTarget, n, k, maps, inputMaps, links);
}

@inline function windowSum(input: usize, n: i32, s: i32, c: i32, y: i32, x: i32, squared: bool): f64 {
  let sum: f64 = 0;
  for (let dy = 0; dy < s; dy++) {
    const start = f64At(input, c * n * n + (y * s + dy) * n + x * s);
    for (let dx = 0; dx < s; dx++) {
      const v = load<f64>(start + (<usize>dx << 3));
      sum += squared ? v * v : v;
    }
  }
  return sum;
}

/** The paper's subsampling: coefficients at `parameters`, then biases. */
export function subsampleForward(parameters: usize, input: usize, sums: usize, output: usize, maps: i32, n: i32, s: i32): void {
  const m = n / s;
  for (let c = 0; c < maps; c++) {
    const coefficient = load<f64>(f64At(parameters, c));
    const bias = load<f64>(f64At(parameters, maps + c));
    for (let y = 0; y < m; y++)
      for (let x = 0; x < m; x++)
        store<f64>(f64At(sums, c * m * m + y * m + x), coefficient * windowSum(input, n, s, c, y, x, false) + bias);
  }
  squash(sums, output, maps * m * m);
}

@inline function subsampleBack(
  squared: bool,
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  maps: i32,
  n: i32,
  s: i32,
): void {
  const m = n / s;
  if (inputTarget) memory.fill(inputTarget, 0, <usize>(maps * n * n) << 3);
  for (let c = 0; c < maps; c++) {
    const coefficient = load<f64>(f64At(parameters, c));
    const gain = squared ? coefficient * coefficient : coefficient;
    for (let y = 0; y < m; y++)
      for (let x = 0; x < m; x++) {
        const unit = c * m * m + y * m + x;
        const slope = slopeAt(load<f64>(f64At(output, unit)));
        const d = load<f64>(f64At(delta, unit)) * (squared ? slope * slope : slope);
        const tc = f64At(target, c);
        const tb = f64At(target, maps + c);
        store<f64>(tc, load<f64>(tc) + d * windowSum(input, n, s, c, y, x, squared));
        store<f64>(tb, load<f64>(tb) + d);
        if (inputTarget) {
          for (let dy = 0; dy < s; dy++) {
            const start = f64At(inputTarget, c * n * n + (y * s + dy) * n + x * s);
            for (let dx = 0; dx < s; dx++) {
              const at = start + (<usize>dx << 3);
              store<f64>(at, load<f64>(at) + d * gain);
            }
          }
        }
      }
  }
}

export function subsampleGradient(
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  maps: i32,
  n: i32,
  s: i32,
): void {
  subsampleBack(false, parameters, target, input, output, delta, inputTarget, maps, n, s);
}

export function subsampleCurvature(
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  maps: i32,
  n: i32,
  s: i32,
): void {
  subsampleBack(true, parameters, target, input, output, delta, inputTarget, maps, n, s);
}

/** Units that each read every input: weights row by row at `parameters`, then the biases. */
export function fullForward(parameters: usize, input: usize, sums: usize, output: usize, inputs: i32, units: i32): void {
  const biases = f64At(parameters, inputs * units);
  for (let u = 0; u < units; u++) {
    let a = load<f64>(f64At(biases, u));
    const row = f64At(parameters, u * inputs);
    for (let i = 0; i < inputs; i++) a += load<f64>(f64At(row, i)) * load<f64>(f64At(input, i));
    store<f64>(f64At(sums, u), a);
  }
  squash(sums, output, units);
}

@inline function fullBack(
  squared: bool,
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  inputs: i32,
  units: i32,
): void {
  if (inputTarget) memory.fill(inputTarget, 0, <usize>inputs << 3);
  const biases = f64At(target, inputs * units);
  for (let u = 0; u < units; u++) {
    const slope = slopeAt(load<f64>(f64At(output, u)));
    const d = load<f64>(f64At(delta, u)) * (squared ? slope * slope : slope);
    store<f64>(f64At(biases, u), load<f64>(f64At(biases, u)) + d);
    const row = f64At(parameters, u * inputs);
    const targetRow = f64At(target, u * inputs);
    for (let i = 0; i < inputs; i++) {
      const v = load<f64>(f64At(input, i));
      const t = f64At(targetRow, i);
      store<f64>(t, load<f64>(t) + d * (squared ? v * v : v));
      if (inputTarget) {
        const w = load<f64>(f64At(row, i));
        const it = f64At(inputTarget, i);
        store<f64>(it, load<f64>(it) + d * (squared ? w * w : w));
      }
    }
  }
}

export function fullGradient(
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  inputs: i32,
  units: i32,
): void {
  fullBack(false, parameters, target, input, output, delta, inputTarget, inputs, units);
}

export function fullCurvature(
  parameters: usize,
  target: usize,
  input: usize,
  output: usize,
  delta: usize,
  inputTarget: usize,
  inputs: i32,
  units: i32,
): void {
  fullBack(true, parameters, target, input, output, delta, inputTarget, inputs, units);
}

/** Eq. 18 with the steps of Eq. 21: theta -= steps x grad, then grad = 0 for the next pattern. */
export function update(theta: usize, grad: usize, steps: usize, count: i32): void {
  for (let k = 0; k < count; k++) {
    const g = f64At(grad, k);
    const at = f64At(theta, k);
    store<f64>(at, load<f64>(at) - load<f64>(f64At(steps, k)) * load<f64>(g));
    store<f64>(g, 0);
  }
}
