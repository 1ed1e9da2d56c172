// LeNet training kernels for four digits at once. Every value is a v128 holding the
// same unit for four digits (the "lanes"), so each kernel is the one-digit loop with
// SIMD arithmetic, whatever the layer's shape. Pointers are byte offsets into the
// memory the JavaScript side lays out; nothing here allocates. The kernels' loops are written out in
// full, however long, because they are training's hot path: split into functions, they would call
// inside the per-weight loops that set the run's speed.

@inline function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

@inline function at(base: usize, index: i32): usize {
  return base + (<usize>index << 4);
}

@inline function lanesSum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

/** Adds four sums to four consecutive lane vectors at `target`. */
@inline function addFour(target: usize, a0: v128, a1: v128, a2: v128, a3: v128): void {
  v128.store(target, f32x4.add(v128.load(target), a0));
  v128.store(target, f32x4.add(v128.load(target, 16), a1), 16);
  v128.store(target, f32x4.add(v128.load(target, 32), a2), 32);
  v128.store(target, f32x4.add(v128.load(target, 48), a3), 48);
}

export function fill(target: usize, count: i32, value: f32): void {
  const v = f32x4.splat(value);
  for (let i = 0; i < count; i++) v128.store(at(target, i), v);
}

/** dst[i] = four digits' value i, from `src` laid out digit by digit; missing digits are zero. */
export function interleave(dst: usize, src: usize, size: i32, first: i32, count: i32): void {
  for (let i = 0; i < size; i++) {
    let v = f32x4.splat(0);
    if (count > 0) v = f32x4.replace_lane(v, 0, load<f32>(src + ((<usize>(first * size + i)) << 2)));
    if (count > 1) v = f32x4.replace_lane(v, 1, load<f32>(src + ((<usize>((first + 1) * size + i)) << 2)));
    if (count > 2) v = f32x4.replace_lane(v, 2, load<f32>(src + ((<usize>((first + 2) * size + i)) << 2)));
    if (count > 3) v = f32x4.replace_lane(v, 3, load<f32>(src + ((<usize>((first + 3) * size + i)) << 2)));
    v128.store(at(dst, i), v);
  }
}

/**
 * `correlate` for each of `maps` output maps: `maps` entries of (pairs, pair count)
 * at `table`, the biases at `biases` (0 for none), each output plane after the last.
 */
export function correlateMaps(
  out: usize,
  maps: i32,
  outSide: i32,
  inSide: i32,
  k: i32,
  table: usize,
  step: i32,
  biases: usize,
  rowsFrom: i32,
  rowsTo: i32,
): void {
  const plane = outSide * outSide;
  for (let m = 0; m < maps; m++) {
    const entry = table + (<usize>m << 3);
    const bias: f32 = biases ? load<f32>(biases + (<usize>m << 2)) : 0;
    correlate(at(out, m * plane), outSide, inSide, k, load<u32>(entry), load<u32>(entry, 4), step, bias, rowsFrom, rowsTo);
  }
}

/** The dot product of `size` values of four digits with `size` weights, on four independent sums. */
@inline function dot(source: usize, w: usize, size: i32): v128 {
  let a0 = f32x4.splat(0);
  let a1 = f32x4.splat(0);
  let a2 = f32x4.splat(0);
  let a3 = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= size; i += 4) {
    a0 = madd(f32x4.splat(load<f32>(w)), v128.load(source), a0);
    a1 = madd(f32x4.splat(load<f32>(w, 4)), v128.load(source, 16), a1);
    a2 = madd(f32x4.splat(load<f32>(w, 8)), v128.load(source, 32), a2);
    a3 = madd(f32x4.splat(load<f32>(w, 12)), v128.load(source, 48), a3);
    w += 16;
    source += 64;
  }
  for (; i < size; i++) {
    a0 = madd(f32x4.splat(load<f32>(w)), v128.load(source), a0);
    w += 4;
    source += 16;
  }
  return f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
}

/** The sum over `pairs` of the dot product of a plane of `size` values with a kernel of as many weights. */
@inline function dots(pairs: usize, pairCount: i32, size: i32): v128 {
  let sum = f32x4.splat(0);
  for (let p = 0; p < pairCount; p++) {
    const entry = pairs + (<usize>p << 3);
    sum = f32x4.add(sum, dot(load<u32>(entry), load<u32>(entry, 4), size));
  }
  return sum;
}

/**
 * out = bias + the sum over `pairs` (input plane, k x k kernel) of the valid
 * correlation of the plane with the kernel, stride 1. `step` -4 walks each kernel
 * backwards from its last weight: the kernel turned 180 degrees, which makes this
 * the input gradient when the planes are zero-padded output gradients.
 */
function correlate(
  out: usize,
  outSide: i32,
  inSide: i32,
  k: i32,
  pairs: usize,
  pairCount: i32,
  step: i32,
  bias: f32,
  rowsFrom: i32,
  rowsTo: i32,
): void {
  const init = f32x4.splat(bias);
  if (outSide == 1 && inSide == k && step > 0) {
    v128.store(out, f32x4.add(init, dots(pairs, pairCount, k * k)));
    return;
  }
  const first: i32 = step > 0 ? 0 : (k * k - 1) * 4;
  for (let r = 0; r < outSide; r++) {
    // Input rows outside rowsFrom..rowsTo are zeros (padding): skip the kernel rows that would read them.
    const uFrom = max(0, rowsFrom - r);
    const uTo = min(k, rowsTo - r);
    let c = 0;
    for (; c + 4 <= outSide; c += 4) {
      let a0 = init;
      let a1 = init;
      let a2 = init;
      let a3 = init;
      for (let p = 0; p < pairCount; p++) {
        const input = <usize>load<u32>(pairs + (<usize>p << 3));
        let weight = <usize>load<u32>(pairs + (<usize>p << 3) + 4) + first + uFrom * k * step;
        for (let u = uFrom; u < uTo; u++) {
          let source = at(input, (r + u) * inSide + c);
          for (let v = 0; v < k; v++) {
            const w = f32x4.splat(load<f32>(weight));
            a0 = madd(w, v128.load(source), a0);
            a1 = madd(w, v128.load(source, 16), a1);
            a2 = madd(w, v128.load(source, 32), a2);
            a3 = madd(w, v128.load(source, 48), a3);
            source += 16;
            weight += step;
          }
        }
      }
      const target = at(out, r * outSide + c);
      v128.store(target, a0);
      v128.store(target, a1, 16);
      v128.store(target, a2, 32);
      v128.store(target, a3, 48);
    }
    if (c + 2 <= outSide) {
      let a0 = init;
      let a1 = init;
      for (let p = 0; p < pairCount; p++) {
        const input = <usize>load<u32>(pairs + (<usize>p << 3));
        let weight = <usize>load<u32>(pairs + (<usize>p << 3) + 4) + first + uFrom * k * step;
        for (let u = uFrom; u < uTo; u++) {
          let source = at(input, (r + u) * inSide + c);
          for (let v = 0; v < k; v++) {
            const w = f32x4.splat(load<f32>(weight));
            a0 = madd(w, v128.load(source), a0);
            a1 = madd(w, v128.load(source, 16), a1);
            source += 16;
            weight += step;
          }
        }
      }
      const target = at(out, r * outSide + c);
      v128.store(target, a0);
      v128.store(target, a1, 16);
      c += 2;
    }
    for (; c < outSide; c++) {
      let a0 = init;
      let a1 = f32x4.splat(0);
      for (let p = 0; p < pairCount; p++) {
        const input = <usize>load<u32>(pairs + (<usize>p << 3));
        let weight = <usize>load<u32>(pairs + (<usize>p << 3) + 4) + first + uFrom * k * step;
        for (let u = uFrom; u < uTo; u++) {
          let source = at(input, (r + u) * inSide + c);
          let v = 0;
          for (; v + 2 <= k; v += 2) {
            a0 = madd(f32x4.splat(load<f32>(weight)), v128.load(source), a0);
            a1 = madd(f32x4.splat(load<f32>(weight + step)), v128.load(source, 16), a1);
            source += 32;
            weight += step * 2;
          }
          if (v < k) {
            a0 = madd(f32x4.splat(load<f32>(weight)), v128.load(source), a0);
            weight += step;
          }
        }
      }
      v128.store(at(out, r * outSide + c), f32x4.add(a0, a1));
    }
  }
}

/** gradient[u*k+v] += the sum over positions of delta[r][c] x input[r+u][c+v], digit by digit (lane vectors). */
@inline function kernelRowGradient(gradient: usize, k: i32, inSide: i32, outSide: i32, input: usize, delta: usize, u: i32): void {
  {
    let v = 0;
    for (; v + 4 <= k; v += 4) {
      let a0 = f32x4.splat(0);
      let a1 = f32x4.splat(0);
      let a2 = f32x4.splat(0);
      let a3 = f32x4.splat(0);
      for (let r = 0; r < outSide; r++) {
        let d = at(delta, r * outSide);
        let source = at(input, (r + u) * inSide + v);
        for (let c = 0; c < outSide; c++) {
          const g = v128.load(d);
          a0 = madd(g, v128.load(source), a0);
          a1 = madd(g, v128.load(source, 16), a1);
          a2 = madd(g, v128.load(source, 32), a2);
          a3 = madd(g, v128.load(source, 48), a3);
          d += 16;
          source += 16;
        }
      }
      const target = at(gradient, u * k + v);
      addFour(target, a0, a1, a2, a3);
    }
    for (; v < k; v++) {
      let a0 = f32x4.splat(0);
      let a1 = f32x4.splat(0);
      for (let r = 0; r < outSide; r++) {
        let d = at(delta, r * outSide);
        let source = at(input, (r + u) * inSide + v);
        let c = 0;
        for (; c + 2 <= outSide; c += 2) {
          a0 = madd(v128.load(d), v128.load(source), a0);
          a1 = madd(v128.load(d, 16), v128.load(source, 16), a1);
          d += 32;
          source += 32;
        }
        if (c < outSide) a0 = madd(v128.load(d), v128.load(source), a0);
      }
      const target = at(gradient, u * k + v);
      v128.store(target, f32x4.add(v128.load(target), f32x4.add(a0, a1)));
    }
  }
}

/** Rows u and u + 1 of one kernel's gradient at once: each gradient value read feeds eight sums. */
@inline function kernelRowPairGradient(gradient: usize, k: i32, inSide: i32, outSide: i32, input: usize, delta: usize, u: i32): void {
  let v = 0;
  const below = <usize>inSide << 4;
  for (; v + 4 <= k; v += 4) {
    let a0 = f32x4.splat(0);
    let a1 = f32x4.splat(0);
    let a2 = f32x4.splat(0);
    let a3 = f32x4.splat(0);
    let b0 = f32x4.splat(0);
    let b1 = f32x4.splat(0);
    let b2 = f32x4.splat(0);
    let b3 = f32x4.splat(0);
    for (let r = 0; r < outSide; r++) {
      let d = at(delta, r * outSide);
      let source = at(input, (r + u) * inSide + v);
      for (let c = 0; c < outSide; c++) {
        const g = v128.load(d);
        const next = source + below;
        a0 = madd(g, v128.load(source), a0);
        a1 = madd(g, v128.load(source, 16), a1);
        a2 = madd(g, v128.load(source, 32), a2);
        a3 = madd(g, v128.load(source, 48), a3);
        b0 = madd(g, v128.load(next), b0);
        b1 = madd(g, v128.load(next, 16), b1);
        b2 = madd(g, v128.load(next, 32), b2);
        b3 = madd(g, v128.load(next, 48), b3);
        d += 16;
        source += 16;
      }
    }
    const target = at(gradient, u * k + v);
    addFour(target, a0, a1, a2, a3);
    const second = at(gradient, (u + 1) * k + v);
    addFour(second, b0, b1, b2, b3);
  }
  for (; v < k; v++) {
    let a0 = f32x4.splat(0);
    let b0 = f32x4.splat(0);
    for (let r = 0; r < outSide; r++) {
      let d = at(delta, r * outSide);
      let source = at(input, (r + u) * inSide + v);
      for (let c = 0; c < outSide; c++) {
        const g = v128.load(d);
        a0 = madd(g, v128.load(source), a0);
        b0 = madd(g, v128.load(source + below), b0);
        d += 16;
        source += 16;
      }
    }
    const target = at(gradient, u * k + v);
    v128.store(target, f32x4.add(v128.load(target), a0));
    const second = at(gradient, (u + 1) * k + v);
    v128.store(second, f32x4.add(v128.load(second), b0));
  }
}

function kernelGradient(gradient: usize, k: i32, inSide: i32, outSide: i32, input: usize, delta: usize): void {
  if (outSide == 1 && inSide == k) {
    const g = v128.load(delta);
    for (let w = 0; w < k * k; w++) v128.store(at(gradient, w), madd(g, v128.load(at(input, w)), v128.load(at(gradient, w))));
    return;
  }
  let u = 0;
  for (; u + 2 <= k; u += 2) kernelRowPairGradient(gradient, k, inSide, outSide, input, delta, u);
  if (u < k) kernelRowGradient(gradient, k, inSide, outSide, input, delta, u);
}

/**
 * Every kernel's gradient of a convolution: `list` holds, per kernel, the byte
 * offsets of its input plane, its output's gradient plane and its gradient.
 */
export function kernelGradients(list: usize, count: i32, k: i32, inSide: i32, outSide: i32): void {
  for (let n = 0; n < count; n++) {
    const entry = list + (<usize>n << 4);
    kernelGradient(load<u32>(entry, 8), k, inSide, outSide, load<u32>(entry), load<u32>(entry, 4));
  }
}

/** target += the sum of a plane's `count` values, digit by digit: a bias's gradient. */
export function planeGradient(target: usize, plane: usize, count: i32): void {
  let a0 = f32x4.splat(0);
  let a1 = f32x4.splat(0);
  let i = 0;
  for (; i + 2 <= count; i += 2) {
    a0 = f32x4.add(a0, v128.load(at(plane, i)));
    a1 = f32x4.add(a1, v128.load(at(plane, i), 16));
  }
  if (i < count) a0 = f32x4.add(a0, v128.load(at(plane, i)));
  v128.store(target, f32x4.add(v128.load(target), f32x4.add(a0, a1)));
}

/**
 * inputDelta[r+u][c+v] += kernel[u][v] x delta[r][c]: the input gradient of one
 * kernel by scattering, cheaper than `correlate` on padded planes when the output
 * is much smaller than the input (C5 on a 5x5 S4).
 */
function scatter(inputDelta: usize, inSide: i32, delta: usize, outSide: i32, k: i32, kernel: usize): void {
  for (let r = 0; r < outSide; r++) {
    for (let c = 0; c < outSide; c++) {
      const g = v128.load(at(delta, r * outSide + c));
      let w = kernel;
      for (let u = 0; u < k; u++) {
        let target = at(inputDelta, (r + u) * inSide + c);
        for (let v = 0; v < k; v++) {
          v128.store(target, madd(f32x4.splat(load<f32>(w)), g, v128.load(target)));
          target += 16;
          w += 4;
        }
      }
    }
  }
}

/** `scatter` for every kernel: `list` holds, per kernel, its input's gradient plane, its output's gradient plane and its weights. */
export function scatters(list: usize, count: i32, inSide: i32, outSide: i32, k: i32): void {
  for (let n = 0; n < count; n++) {
    const entry = list + (<usize>n << 4);
    scatter(load<u32>(entry), inSide, load<u32>(entry, 4), outSide, k, load<u32>(entry, 8));
  }
}

/** target[i] = the four lanes of source[i] added: per-digit gradients summed over the digits. */
export function reduceLanes(target: usize, source: usize, count: i32): void {
  for (let i = 0; i < count; i++) store<f32>(target + (<usize>i << 2), lanesSum(v128.load(at(source, i))));
}

/** Copies an outSide x outSide plane into the middle of a zeroed plane `margin` units wider on each side. */
export function padPlane(target: usize, source: usize, side: i32, margin: i32): void {
  const wide = side + 2 * margin;
  for (let r = 0; r < side; r++) {
    memory.copy(at(target, (r + margin) * wide + margin), at(source, r * side), <usize>side << 4);
  }
}

/** The inside of a plane padded by `margin`, side x side, copied out of it: padPlane's inverse. */
export function cropPlane(target: usize, source: usize, side: i32, margin: i32): void {
  const wide = side + 2 * margin;
  for (let r = 0; r < side; r++) {
    memory.copy(at(target, r * side), at(source, (r + margin) * wide + margin), <usize>side << 4);
  }
}

/** Sums of each s x s window, tiling the plane: the subsampling layer's pooled inputs. */
@inline function windowSum(input: usize, inSide: i32, s: i32, r: i32, c: i32): v128 {
  let sum = f32x4.splat(0);
  for (let u = 0; u < s; u++) {
    let source = at(input, (r * s + u) * inSide + c * s);
    for (let v = 0; v < s; v++) {
      sum = f32x4.add(sum, v128.load(source));
      source += 16;
    }
  }
  return sum;
}

/** out = coefficient x window sum + bias, per map; `coefficients` 0 for a plain average (scale 1/s^2). */
export function subsample(
  out: usize,
  input: usize,
  maps: i32,
  outSide: i32,
  s: i32,
  coefficients: usize,
  biases: usize,
  scale: f32,
): void {
  const inSide = outSide * s;
  for (let m = 0; m < maps; m++) {
    const gain = f32x4.splat(coefficients ? load<f32>(coefficients + (<usize>m << 2)) : scale);
    const shift = f32x4.splat(coefficients ? load<f32>(biases + (<usize>m << 2)) : 0);
    const source = at(input, m * inSide * inSide);
    const target = at(out, m * outSide * outSide);
    for (let r = 0; r < outSide; r++) {
      for (let c = 0; c < outSide; c++) {
        v128.store(at(target, r * outSide + c), madd(gain, windowSum(source, inSide, s, r, c), shift));
      }
    }
  }
}

/** Back through `subsample`: the input's gradient (if `inputDelta`), and the coefficients' and biases'. */
export function subsampleBackward(
  inputDelta: usize,
  coefficientGradient: usize,
  biasGradient: usize,
  input: usize,
  delta: usize,
  maps: i32,
  outSide: i32,
  s: i32,
  coefficients: usize,
  scale: f32,
): void {
  const inSide = outSide * s;
  for (let m = 0; m < maps; m++) {
    const gain = f32x4.splat(coefficients ? load<f32>(coefficients + (<usize>m << 2)) : scale);
    const source = at(input, m * inSide * inSide);
    const d = at(delta, m * outSide * outSide);
    let pooled = f32x4.splat(0);
    let total = f32x4.splat(0);
    for (let r = 0; r < outSide; r++) {
      for (let c = 0; c < outSide; c++) {
        const g = v128.load(at(d, r * outSide + c));
        if (coefficients) {
          pooled = madd(g, windowSum(source, inSide, s, r, c), pooled);
          total = f32x4.add(total, g);
        }
        if (inputDelta) {
          const spread = f32x4.mul(g, gain);
          for (let u = 0; u < s; u++) {
            let target = at(inputDelta, m * inSide * inSide + (r * s + u) * inSide + c * s);
            for (let v = 0; v < s; v++) {
              v128.store(target, spread);
              target += 16;
            }
          }
        }
      }
    }
    if (coefficients) {
      const gc = at(coefficientGradient, m);
      const gb = at(biasGradient, m);
      v128.store(gc, f32x4.add(v128.load(gc), pooled));
      v128.store(gb, f32x4.add(v128.load(gb), total));
    }
  }
}

/** out[u] = bias[u] + the sum over i of weights[u*inputs+i] x input[i]. */
export function dense(out: usize, input: usize, weights: usize, biases: usize, units: i32, inputs: i32): void {
  for (let u = 0; u < units; u++) {
    const bias = f32x4.splat(biases ? load<f32>(biases + (<usize>u << 2)) : 0);
    v128.store(at(out, u), f32x4.add(bias, dot(input, weights + (<usize>(u * inputs) << 2), inputs)));
  }
}

/** Back through `dense`: weight and bias gradients, and the input's gradient if `inputDelta`. */
export function denseBackward(
  inputDelta: usize,
  weightGradient: usize,
  biasGradient: usize,
  input: usize,
  delta: usize,
  weights: usize,
  units: i32,
  inputs: i32,
): void {
  if (inputDelta) fill(inputDelta, inputs, 0);
  for (let u = 0; u < units; u++) {
    const g = v128.load(at(delta, u));
    const gb = at(biasGradient, u);
    v128.store(gb, f32x4.add(v128.load(gb), g));
    let w = weights + (<usize>(u * inputs) << 2);
    let gw = at(weightGradient, u * inputs);
    let source = input;
    let target = inputDelta;
    for (let i = 0; i < inputs; i++) {
      v128.store(gw, madd(g, v128.load(source), v128.load(gw)));
      if (inputDelta) v128.store(target, madd(f32x4.splat(load<f32>(w)), g, v128.load(target)));
      w += 4;
      gw += 16;
      source += 16;
      target += 16;
    }
  }
}

// tanh as a rational function (the coefficients of Eigen's float tanh), accurate to
// a few units in the last place of a float over the whole line.
@inline function tanh4(x: v128): v128 {
  const clamped = f32x4.min(f32x4.max(x, f32x4.splat(-7.90531110763549805)), f32x4.splat(7.90531110763549805));
  const x2 = f32x4.mul(clamped, clamped);
  let p = f32x4.splat(-2.76076847742355e-16);
  p = madd(p, x2, f32x4.splat(2.00018790482477e-13));
  p = madd(p, x2, f32x4.splat(-8.60467152213735e-11));
  p = madd(p, x2, f32x4.splat(5.12229709037114e-8));
  p = madd(p, x2, f32x4.splat(1.48572235717979e-5));
  p = madd(p, x2, f32x4.splat(6.37261928875436e-4));
  p = madd(p, x2, f32x4.splat(4.89352455891786e-3));
  p = f32x4.mul(p, clamped);
  let q = f32x4.splat(1.19825839466702e-6);
  q = madd(q, x2, f32x4.splat(1.18534705686654e-4));
  q = madd(q, x2, f32x4.splat(2.26843463243900e-3));
  q = madd(q, x2, f32x4.splat(4.89352518554385e-3));
  const small = f32x4.lt(f32x4.abs(x), f32x4.splat(0.0004));
  return v128.bitselect(x, f32x4.div(p, q), small);
}

// Activations, numbered as ACTIVATION_CODE in src/lib/lanes/activation-code.ts says: 0 identity,
// 1 the paper's scaled tanh A tanh(S a), 2 tanh, 3 sigmoid, 4 ReLU. Any other number traps: a new
// activation must be written here, not run as another one. A and S are not written here but
// handed over by setScaledTanh from src/lib/lenet/activation.ts; NaN until then, so that an
// instance that missed the call shows it in every output.
let A: f32 = NaN;
let S: f32 = NaN;

/** The paper's A and S, from the one place they are written; every instance gets them before its first call. */
export function setScaledTanh(amplitude: f32, slope: f32): void {
  A = amplitude;
  S = slope;
}

/** Replaces each sum by the activation's output. */
export function activate(values: usize, count: i32, kind: i32): void {
  const end = at(values, count);
  if (kind == 0) return;
  if (kind == 1) {
    const a = f32x4.splat(A);
    const s = f32x4.splat(S);
    for (let p = values; p < end; p += 16) v128.store(p, f32x4.mul(a, tanh4(f32x4.mul(v128.load(p), s))));
  } else if (kind == 2) {
    for (let p = values; p < end; p += 16) v128.store(p, tanh4(v128.load(p)));
  } else if (kind == 3) {
    for (let p = values; p < end; p += 16) {
      v128.store(p, madd(f32x4.splat(0.5), tanh4(f32x4.mul(v128.load(p), f32x4.splat(0.5))), f32x4.splat(0.5)));
    }
  } else if (kind == 4) {
    for (let p = values; p < end; p += 16) v128.store(p, f32x4.max(v128.load(p), f32x4.splat(0)));
  } else {
    unreachable();
  }
}

/** delta *= the activation's slope, found from its output. */
export function activationSlope(delta: usize, output: usize, count: i32, kind: i32): void {
  if (kind == 0) return;
  if (kind < 1 || kind > 4) unreachable();
  for (let i = 0; i < count; i++) {
    const target = at(delta, i);
    const y = v128.load(at(output, i));
    let slope: v128;
    if (kind == 1) slope = f32x4.mul(f32x4.splat(S), f32x4.sub(f32x4.splat(A), f32x4.mul(y, f32x4.div(y, f32x4.splat(A)))));
    else if (kind == 2) slope = f32x4.sub(f32x4.splat(1), f32x4.mul(y, y));
    else if (kind == 3) slope = f32x4.mul(y, f32x4.sub(f32x4.splat(1), y));
    else slope = v128.and(f32x4.gt(y, f32x4.splat(0)), f32x4.splat(1)); // 4, ReLU: checked above
    v128.store(target, f32x4.mul(v128.load(target), slope));
  }
}

@inline function laneOf(base: usize, index: i32, lane: i32): usize {
  return base + (<usize>index << 4) + (<usize>lane << 2);
}

/**
 * Softmax cross-entropy on `classes` logits, the probabilities clipped to
 * [1e-7, 1] as the tfjs trainer does. Writes scale x dLoss/dLogits and returns
 * the sum of the losses of the first `count` digits.
 */
export function softmaxLoss(
  logits: usize,
  gradient: usize,
  labels: usize,
  classes: i32,
  count: i32,
  scale: f32,
  smoothing: f32,
): f32 {
  if (smoothing > 0) return smoothedSoftmaxLoss(logits, gradient, labels, classes, count, scale, smoothing);
  let total: f32 = 0;
  fill(gradient, classes, 0);
  for (let lane = 0; lane < count; lane++) {
    const label = load<i32>(labels + (<usize>lane << 2));
    const top = largestLogit(logits, classes, lane);
    const sum = exponentSum(logits, classes, lane, top);
    const p = Mathf.exp(load<f32>(laneOf(logits, label, lane)) - top) / sum;
    total -= Mathf.log(max(p, 1e-7));
    // Below the clip, the clipped loss is flat, and so is its gradient.
    if (p < 1e-7) continue;
    for (let c = 0; c < classes; c++) {
      const q = Mathf.exp(load<f32>(laneOf(logits, c, lane)) - top) / sum;
      store<f32>(laneOf(gradient, c, lane), scale * (q - (c == label ? 1 : 0)));
    }
  }
  return total;
}

/** The largest of a digit's logits, which the exponentials are taken above so that none overflows. */
@inline function largestLogit(logits: usize, classes: i32, lane: i32): f32 {
  let top = load<f32>(laneOf(logits, 0, lane));
  for (let c = 1; c < classes; c++) top = max(top, load<f32>(laneOf(logits, c, lane)));
  return top;
}

/** The softmax's denominator for one digit, its logits shifted down by `top`. */
@inline function exponentSum(logits: usize, classes: i32, lane: i32, top: f32): f32 {
  let sum: f32 = 0;
  for (let c = 0; c < classes; c++) sum += Mathf.exp(load<f32>(laneOf(logits, c, lane)) - top);
  return sum;
}

/**
 * Cross-entropy against smoothed labels: the target keeps 1 - smoothing on the label and spreads
 * smoothing evenly over all classes; writes scale x its gradient, softmax minus target.
 */
function smoothedSoftmaxLoss(
  logits: usize,
  gradient: usize,
  labels: usize,
  classes: i32,
  count: i32,
  scale: f32,
  smoothing: f32,
): f32 {
  let total: f32 = 0;
  const spread = smoothing / <f32>classes;
  fill(gradient, classes, 0);
  for (let lane = 0; lane < count; lane++) {
    const label = load<i32>(labels + (<usize>lane << 2));
    const top = largestLogit(logits, classes, lane);
    const sum = exponentSum(logits, classes, lane, top);
    const logSum = Mathf.log(sum);
    for (let c = 0; c < classes; c++) {
      const shifted = load<f32>(laneOf(logits, c, lane)) - top;
      const target = spread + (c == label ? 1 - smoothing : 0);
      total -= target * (shifted - logSum);
      store<f32>(laneOf(gradient, c, lane), scale * (Mathf.exp(shifted) / sum - target));
    }
  }
  return total;
}

/** distance[c] = the sum over i of (input[i] - prototype[c][i])^2: the Euclidean RBF units. */
export function rbf(distance: usize, input: usize, prototypes: usize, classes: i32, size: i32): void {
  for (let c = 0; c < classes; c++) {
    let sum = f32x4.splat(0);
    for (let i = 0; i < size; i++) {
      const d = f32x4.sub(v128.load(at(input, i)), f32x4.splat(load<f32>(prototypes + (<usize>(c * size + i) << 2))));
      sum = madd(d, d, sum);
    }
    v128.store(at(distance, c), sum);
  }
}

/** The paper's Eq. 9 on RBF distances: y_label + log(e^-j + sum e^-y_c); writes scale x its gradient. */
export function mapLoss(distance: usize, gradient: usize, labels: usize, classes: i32, count: i32, j: f32, scale: f32): f32 {
  let total: f32 = 0;
  fill(gradient, classes, 0);
  for (let lane = 0; lane < count; lane++) {
    const label = load<i32>(labels + (<usize>lane << 2));
    let top = -j;
    for (let c = 0; c < classes; c++) top = max(top, -load<f32>(laneOf(distance, c, lane)));
    let sum = Mathf.exp(-j - top);
    for (let c = 0; c < classes; c++) sum += Mathf.exp(-load<f32>(laneOf(distance, c, lane)) - top);
    total += load<f32>(laneOf(distance, label, lane)) + top + Mathf.log(sum);
    for (let c = 0; c < classes; c++) {
      const share = Mathf.exp(-load<f32>(laneOf(distance, c, lane)) - top) / sum;
      store<f32>(laneOf(gradient, c, lane), scale * ((c == label ? 1 : 0) - share));
    }
  }
  return total;
}

/** Back through `rbf` to its input. */
export function rbfBackward(inputDelta: usize, gradient: usize, input: usize, prototypes: usize, classes: i32, size: i32): void {
  for (let i = 0; i < size; i++) {
    const x = v128.load(at(input, i));
    let sum = f32x4.splat(0);
    for (let c = 0; c < classes; c++) {
      const d = f32x4.sub(x, f32x4.splat(load<f32>(prototypes + (<usize>(c * size + i) << 2))));
      sum = madd(v128.load(at(gradient, c)), d, sum);
    }
    v128.store(at(inputDelta, i), f32x4.add(sum, sum));
  }
}

/** tfjs's Adam, four weights at a time; `count` a multiple of four. */
export function adam(
  weights: usize,
  gradients: usize,
  first: usize,
  second: usize,
  count: i32,
  rate: f32,
  beta1: f32,
  beta2: f32,
  epsilon: f32,
  firstCorrection: f32,
  secondCorrection: f32,
): void {
  const b1 = f32x4.splat(beta1);
  const b2 = f32x4.splat(beta2);
  const c1 = f32x4.splat(1 - beta1);
  const c2 = f32x4.splat(1 - beta2);
  const f1 = f32x4.splat(firstCorrection);
  const f2 = f32x4.splat(secondCorrection);
  const eps = f32x4.splat(epsilon);
  const lr = f32x4.splat(rate);
  for (let i = 0; i < count; i += 4) {
    const offset = <usize>i << 2;
    const g = v128.load(gradients + offset);
    const m = madd(v128.load(first + offset), b1, f32x4.mul(g, c1));
    const v = madd(v128.load(second + offset), b2, f32x4.mul(f32x4.mul(g, g), c2));
    v128.store(first + offset, m);
    v128.store(second + offset, v);
    const stepSize = f32x4.div(f32x4.div(m, f1), f32x4.add(f32x4.sqrt(f32x4.div(v, f2)), eps));
    v128.store(weights + offset, f32x4.sub(v128.load(weights + offset), f32x4.mul(lr, stepSize)));
  }
}

/** Adds `count` floats of `source` into `target`: one thread's gradients into the sum. */
export function accumulate(target: usize, source: usize, count: i32): void {
  for (let i = 0; i < count; i += 4) {
    const offset = <usize>i << 2;
    v128.store(target + offset, f32x4.add(v128.load(target + offset), v128.load(source + offset)));
  }
}

/**
 * Moves `averaged` toward `weights`, keeping `keep` of it and taking the rest from the weights:
 * the moving average of the weights that tests read, four at a time; `count` a multiple of four.
 */
export function average(weights: usize, averaged: usize, count: i32, keep: f32): void {
  const kept = f32x4.splat(keep);
  const taken = f32x4.splat(1 - keep);
  for (let i = 0; i < count; i += 4) {
    const offset = <usize>i << 2;
    v128.store(averaged + offset, madd(v128.load(averaged + offset), kept, f32x4.mul(v128.load(weights + offset), taken)));
  }
}
