import { unitSum, type UnitSum } from './arithmetic.ts';

/** A 4x4 patch of input in the paper's levels (-0.1 background, up to 1.175 ink): the left edge of a vertical stroke. */
export const INPUT_PATCH: readonly (readonly number[])[] = [
  [-0.1, -0.1, 0.5, 1.175],
  [-0.1, -0.1, 0.8, 1.175],
  [-0.1, 0.2, 1.175, 1.175],
  [-0.1, 0.5, 1.175, 0.8],
];

/** A 3x3 kernel that answers to dark-on-the-right edges; a real C1 kernel is 5x5 and learned. */
export const EDGE_KERNEL: readonly (readonly number[])[] = [
  [-0.5, 0, 0.5],
  [-0.5, 0, 0.5],
  [-0.5, 0, 0.5],
];

export const EDGE_BIAS = -0.2;

/** The window at (row, column) times the kernel, element by element, plus the bias, then squashed. */
export function convolveAt(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  bias: number,
  row: number,
  column: number,
): UnitSum & { readonly window: number[][] } {
  const window = kernel.map((kernelRow, i) => kernelRow.map((_, j) => input[row + i]![column + j]!));
  return { ...unitSum(window.flat(), kernel.flat(), bias), window };
}

/** Every position of the kernel over the input: a (4 - 3 + 1) x (4 - 3 + 1) map. */
export function convolveAll(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  bias: number,
) {
  const side = input.length - kernel.length + 1;
  return Array.from({ length: side }, (_, row) =>
    Array.from({ length: side }, (_, column) => convolveAt(input, kernel, bias, row, column)),
  );
}

/**
 * What the edge kernel gives on a window of one even level (blank paper, or solid ink): its weights add up to
 * `kernelSum`, so the window's products cancel to that times the level, and a is the bias alone when they add to 0.
 */
export function evenWindow(level: number) {
  const kernelSum = EDGE_KERNEL.flat().reduce((sum, weight) => sum + weight, 0);
  const even = EDGE_KERNEL.map((row) => row.map(() => level));
  return { kernelSum, ...convolveAt(even, EDGE_KERNEL, EDGE_BIAS, 0, 0) };
}
