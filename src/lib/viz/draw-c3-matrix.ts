import { rovingTableFocus } from './roving-focus.ts';
import { gridTable } from './grid-table.ts';

export interface MatrixCell {
  readonly input: number;
  readonly output: number;
  readonly linked: boolean;
}

/**
 * Draws the 6x16 C3 connection table as a grid of toggle buttons inside `table`
 * (rows: S2 maps, columns: C3 maps). Each press reports the cell; the caller
 * decides the new table and redraws.
 */
export function drawC3Matrix(
  table: HTMLTableElement,
  matrix: readonly (readonly boolean[])[],
  onToggle: (input: number, output: number) => void,
): void {
  const rows = gridTable(table, 'S2 \\ C3', matrix[0]?.length ?? 0, matrix);
  rows
    .selectAll<HTMLTableCellElement, MatrixCell>('td')
    .data((row, input) => row.map((linked, output) => ({ input, output, linked })))
    .join((enter) => enter.append('td').call((cell) => cell.append('button').attr('type', 'button')))
    .select('button')
    .attr('class', (cell) => (cell.linked ? 'linked' : null))
    .attr('aria-pressed', (cell) => String(cell.linked))
    .attr('aria-label', (cell) => `S2 map ${cell.input} to C3 map ${cell.output}`)
    .text((cell) => (cell.linked ? 'X' : ''))
    .on('click', (_, cell) => onToggle(cell.input, cell.output));
  rovingTableFocus(table);
}
