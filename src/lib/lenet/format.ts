import type { FilterShape, Shape } from './counts.ts';

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 340908 -> "340,908": whole counts with thousands separators. */
export const formatCount = (value: number): string => grouping.format(value);

/** maps x height x width, as in "6x28x28". */
export const formatShape = (shape: Shape): string => `${shape.channels}x${shape.height}x${shape.width}`;

/** The region one unit sees, as in "1x5x5"; a depth range for sparse tables, as in "3–6x5x5". */
export function formatFilter(filter: FilterShape | null): string {
  if (!filter) return '–';
  const { min, max } = filter.depth;
  const depth = min === max ? String(min) : `${min}–${max}`;
  return `${depth}x${filter.height}x${filter.width}`;
}
