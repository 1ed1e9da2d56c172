/** The nonlinearities a layer can apply to its weighted sums. */
export type Activation = 'scaled-tanh' | 'tanh' | 'sigmoid' | 'relu' | 'softmax' | 'identity';

/**
 * The paper's squashing function f(a) = A tanh(S a) (Appendix A). A and S are
 * chosen so that f(1) = 1 and f(-1) = -1, which keeps targets inside the
 * function's most nonlinear range.
 */
export const SCALED_TANH = { amplitude: 1.7159, slope: 2 / 3 } as const;

export function scaledTanh(a: number): number {
  return SCALED_TANH.amplitude * Math.tanh(SCALED_TANH.slope * a);
}
