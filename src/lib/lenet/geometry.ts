/** One axis of a sliding window: a convolution kernel or a subsampling window. */
export interface WindowAxis {
  readonly input: number;
  readonly window: number;
  readonly stride: number;
  readonly padding: number;
}

export interface AxisResult {
  /** floor((input + 2 padding - window) / stride) + 1; null when the window does not fit once. */
  readonly output: number | null;
  /** Input indices that no window position covers: what the floor throws away. */
  readonly dropped: readonly number[];
}

export function slideAxis({ input, window, stride, padding }: WindowAxis): AxisResult {
  const padded = input + 2 * padding;
  if (padded < window) return { output: null, dropped: [] };
  const output = Math.floor((padded - window) / stride) + 1;
  const covered = (output - 1) * stride + window;
  const dropped: number[] = [];
  for (let index = covered - padding; index < input; index++) dropped.push(index);
  return { output, dropped };
}
