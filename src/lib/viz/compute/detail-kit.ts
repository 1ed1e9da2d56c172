import type { Selection } from 'd3-selection';

export type Parent = Selection<HTMLElement, unknown, null, undefined>;

/** What a detail view knows besides the unit's work: what the layer below is called, and its colour scale. */
export interface DetailContext {
  readonly below: string;
  readonly belowExtent: number;
}

/** Lines of arithmetic, one paragraph each, reusing the paragraphs already there. */
export function drawLines(parent: Parent, className: string, lines: readonly string[]): void {
  parent
    .selectAll(`p.${className}`)
    .data(lines)
    .join('p')
    .attr('class', `${className} compute-equation`)
    .text((line) => line);
}

/** A block of the detail, made once and found again on the next redraw. */
export function block(parent: Parent, className: string): Parent {
  const found = parent.select<HTMLElement>(`div.${className}`);
  return (found.empty() ? parent.append('div').attr('class', className) : found) as Parent;
}

/** The largest size among a few arrays of values, for one colour scale over them. */
export function extentOf(...arrays: ArrayLike<number>[]): number {
  let extent = 0;
  for (const values of arrays) for (let i = 0; i < values.length; i++) extent = Math.max(extent, Math.abs(values[i]!));
  return extent || 1;
}
