/** The nonlinearities a layer can apply to its weighted sums. */
export type Activation = 'scaled-tanh' | 'tanh' | 'sigmoid' | 'relu' | 'softmax' | 'identity';

/**
 * The paper's squashing function f(a) = A tanh(S a) (Appendix A). A and S are
 * chosen so that f(1) = 1 and f(-1) = -1, which keeps targets inside the
 * function's most nonlinear range. S is kept as the paper's fraction too, so
 * that the exported code and the explanations write it as the paper does.
 * This is the only place either number is written: the exporters, the
 * explanations and the wasm kernels (which receive them) all read it.
 */
export const SCALED_TANH = {
  amplitude: 1.7159,
  slope: 2 / 3,
  slopeFraction: { numerator: 2, denominator: 3 },
} as const;

/** S as code writes it: "2 / 3". */
export const SLOPE_IN_CODE = `${SCALED_TANH.slopeFraction.numerator} / ${SCALED_TANH.slopeFraction.denominator}`;

export function scaledTanh(a: number): number {
  return SCALED_TANH.amplitude * Math.tanh(SCALED_TANH.slope * a);
}
