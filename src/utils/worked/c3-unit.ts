import { scaledTanh } from '../../lib/lenet/activation.ts';

/** The S2 maps that feed C3 map `map`, from a connection table's column. */
export const c3Inputs = (table: readonly (readonly boolean[])[], map: number): number[] =>
  table.flatMap((row, input) => (row[map] ? [input] : []));

/**
 * One C3 unit: each S2 map it reads contributes the sum of its own 5x5 kernel
 * times its 5x5 window (the partial sums here are illustrative), then one bias
 * for the whole unit, then the squashing.
 */
export function c3Unit(inputs: readonly number[], partialSums: readonly number[], bias: number) {
  const terms = inputs.map((map, i) => ({ map, partial: partialSums[i]! }));
  const a = terms.reduce((sum, term) => sum + term.partial, 0) + bias;
  return { terms, bias, a, output: scaledTanh(a) };
}
