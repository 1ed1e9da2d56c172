import { scaledTanh } from '../../lib/lenet/activation.ts';

/** Numbers as a worked example prints them: at most three decimals, no trailing zeros, a true minus sign. */
export const decimal = (value: number): string => (Math.round(value * 1000) / 1000 + 0).toString().replace('-', '−');

/** One unit's weighted sum, its squashed value and the products that make it, for a page to spell out. */
export interface UnitSum {
  readonly products: readonly number[];
  readonly bias: number;
  /** The weighted sum plus the bias, before squashing. */
  readonly a: number;
  /** f(a) = A tanh(S a). */
  readonly output: number;
}

export function unitSum(inputs: readonly number[], weights: readonly number[], bias: number): UnitSum {
  const products = inputs.map((input, i) => input * weights[i]!);
  const a = products.reduce((sum, product) => sum + product, 0) + bias;
  return { products, bias, a, output: scaledTanh(a) };
}
