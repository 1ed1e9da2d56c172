import type { Terms } from './work.ts';

/** How many of a long dot product's terms a figure lists; the rest are summed into one. */
export const LISTED_TERMS = 6;

/** The `listed` products w * x largest in size, in input order, and the sum of all the others. */
export function largestTerms(values: Float32Array, weights: Float32Array, listed = LISTED_TERMS): Terms {
  const order = Array.from(values, (_, input) => input).sort(
    (a, b) => Math.abs(values[b]! * weights[b]!) - Math.abs(values[a]! * weights[a]!),
  );
  const largest = order
    .slice(0, listed)
    .sort((a, b) => a - b)
    .map((input) => ({ input, value: values[input]!, weight: weights[input]! }));
  const rest = order.slice(listed).reduce((sum, input) => sum + values[input]! * weights[input]!, 0);
  return { largest, count: values.length, rest };
}
