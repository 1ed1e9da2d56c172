/**
 * The paper's MAP loss (Section II-C, Eq. 9) for one pattern, on the RBF outputs
 * y_i = sum_j (x_j - p_ij)^2 of F6's state x:
 *   E = y_D + log(e^-j + sum_i e^-y_i),
 * D the correct class. Besides the value: its gradient with respect to each x_j,
 * and its exact second derivative along each x_j, which is never negative (the
 * log term's curvature is a variance under weights that sum to at most one), so
 * the Gauss-Newton back-propagation of Appendix C can start from it.
 */
export interface MapLoss {
  readonly value: number;
  /** The class with the smallest penalty y_i: the network's answer. */
  readonly answer: number;
}

export function mapLoss(
  x: Float64Array,
  prototypes: Float64Array,
  classes: number,
  label: number,
  j: number,
  gradient: Float64Array | undefined,
  curvature: Float64Array | undefined,
): MapLoss {
  const size = x.length;
  const penalties = new Float64Array(classes);
  for (let i = 0; i < classes; i++) {
    let y = 0;
    for (let k = 0; k < size; k++) y += (x[k]! - prototypes[i * size + k]!) ** 2;
    penalties[i] = y;
  }
  let top = -j;
  for (const y of penalties) top = Math.max(top, -y);
  let total = Math.exp(-j - top);
  const shares = penalties.map((y) => Math.exp(-y - top));
  for (const share of shares) total += share;
  for (let i = 0; i < classes; i++) shares[i] = shares[i]! / total;
  let answer = 0;
  for (let i = 1; i < classes; i++) if (penalties[i]! < penalties[answer]!) answer = i;
  if (gradient || curvature) {
    const mass = shares.reduce((sum, share) => sum + share, 0);
    for (let k = 0; k < size; k++) {
      // d y_i / d x_k = 2 (x_k - p_ik); the log term weighs them by the shares.
      let mean = 0;
      let square = 0;
      for (let i = 0; i < classes; i++) {
        const slope = 2 * (x[k]! - prototypes[i * size + k]!);
        mean += shares[i]! * slope;
        square += shares[i]! * slope * slope;
      }
      if (gradient) gradient[k] = 2 * (x[k]! - prototypes[label * size + k]!) - mean;
      if (curvature) curvature[k] = 2 * (1 - mass) + square - mean * mean;
    }
  }
  return { value: penalties[label]! + top + Math.log(total), answer };
}

/** What a runner adds up on a pattern's trip back: its gradient, its Gauss-Newton curvature, or nothing. */
export type Accumulate = 'gradient' | 'curvature' | 'none';

/** `mapLoss` for a runner: the gradient or the curvature into `derivative`, as `accumulate` asks, or neither. */
export function patternLoss(
  x: Float64Array,
  prototypes: Float64Array,
  classes: number,
  label: number,
  j: number,
  accumulate: Accumulate,
  derivative: Float64Array,
): MapLoss {
  const gradient = accumulate === 'gradient' ? derivative : undefined;
  return mapLoss(x, prototypes, classes, label, j, gradient, accumulate === 'curvature' ? derivative : undefined);
}
