import { unitSum } from './arithmetic.ts';

/** Four C1 outputs under one 2x2 window, and one map's coefficient and bias. */
export const SUBSAMPLING_EXAMPLE = { window: [0.4, 1.1, 0.9, 1.2], coefficient: 0.3, bias: 0.1 } as const;

/** The paper's subsampling unit: the window's sum, times the coefficient, plus the bias, then squashed. */
export function subsamplingUnit() {
  const { window, coefficient, bias } = SUBSAMPLING_EXAMPLE;
  const sum = window.reduce((total, value) => total + value, 0);
  return { sum, ...unitSum([sum], [coefficient], bias) };
}
