import { select, type Selection } from 'd3-selection';
import { figure } from '../../explain/describe.ts';
import { signedRamp } from '../color-ramp.ts';
import { cellColours } from './number-cells.ts';

/** A small grid of numbers to draw: a kernel, a window, their products. */
export interface NumberGrid {
  readonly caption: string;
  readonly rows: number;
  readonly columns: number;
  readonly values: Float32Array;
  /** Colours run from -extent to +extent. */
  readonly extent: number;
  readonly decimals?: number;
}

/** Draws `grids` as captioned tables into `parent`, each cell coloured by its value, reusing the cells it finds. */
export function drawNumberGrids(
  parent: Selection<HTMLElement, unknown, null, undefined>,
  grids: readonly NumberGrid[],
): void {
  const ramp = signedRamp();
  parent
    .selectAll<HTMLTableElement, NumberGrid>('table.number-grid')
    .data(grids)
    .join((enter) =>
      enter
        .append('table')
        .attr('class', 'number-grid')
        .call((table) => table.append('caption')),
    )
    .call((table) => table.select('caption').text((grid) => grid.caption))
    .each(function (grid) {
      const cells = Array.from({ length: grid.rows }, (_, row) =>
        Array.from(grid.values.subarray(row * grid.columns, (row + 1) * grid.columns), (value) => ({
          value,
          ...cellColours(value, grid.extent, ramp),
        })),
      );
      select(this)
        .selectAll('tbody')
        .data([cells])
        .join('tbody')
        .selectAll('tr')
        .data((rows) => rows)
        .join('tr')
        .selectAll('td')
        .data((row) => row)
        .join('td')
        .text((cell) => figure(cell.value, grid.decimals ?? 2))
        .style('background', (cell) => cell.fill)
        .style('color', (cell) => cell.ink);
    });
}
