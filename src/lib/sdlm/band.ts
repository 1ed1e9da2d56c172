/** The median of `values`, the mean of the two middle ones for an even count. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Whether `error` lies within `band` of `target`, with a little slack so that a value on the edge is not lost to rounding. */
export const withinBand = (error: number, target: number, band: number): boolean =>
  Math.abs(error - target) <= band + 1e-12;
