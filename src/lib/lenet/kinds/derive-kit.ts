import { add, floorDivide, minus, num, times, type Expression } from '../expression.ts';
import type { Shape } from '../counts.ts';
import type { FullConnectionScope } from '../spec.ts';

/** One output side of a sliding window: (n + 2p - k) / s + 1, floored. */
export function slide(input: number, window: number, stride: number, padding: number): Expression {
  const padded = padding === 0 ? num(input, 'n') : add(num(input, 'n'), times(num(2), num(padding, 'p')));
  return add(floorDivide(minus(padded, num(window, 'k')), num(stride, 's')), num(1));
}

/** What one unit of a full or output layer reads: the maps at its position, or the whole volume. */
export const fanInOf = (scope: FullConnectionScope, input: Shape): Expression =>
  scope === 'position'
    ? num(input.channels, 'C')
    : times(num(input.channels, 'C'), num(input.height, 'H_{in}'), num(input.width, 'W_{in}'));

export const positionsOf = (output: Shape): Expression[] => [num(output.height, 'H'), num(output.width, 'W')];
