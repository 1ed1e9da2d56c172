import { rovingTableFocus } from './roving-focus.ts';
import { gridTable } from './grid-table.ts';

export interface MatrixCell {
  readonly input: number;
  readonly output: number;
  readonly linked: boolean;
}

/** The layers a table connects: `from` gives the rows, `to` the columns. */
export interface MatrixNames {
  readonly from: string;
  readonly to: string;
}

/**
 * Draws a connection table as a grid of toggle buttons inside `table` (rows: the
 * input maps, columns: the layer's maps; C3's Table I by default names). Each
 * press reports the cell; the caller decides the new table and redraws.
 */
export function drawConnectionMatrix(
  table: HTMLTableElement,
  matrix: readonly (readonly boolean[])[],
  onToggle: (input: number, output: number) => void,
  { from, to }: MatrixNames = { from: 'S2', to: 'C3' },
): void {
  const rows = gridTable(table, `${from} \\ ${to}`, matrix[0]?.length ?? 0, matrix);
  rows
    .selectAll<HTMLTableCellElement, MatrixCell>('td')
    .data((row, input) => row.map((linked, output) => ({ input, output, linked })))
    .join((enter) => enter.append('td').call((cell) => cell.append('button').attr('type', 'button')))
    .select('button')
    .attr('class', (cell) => (cell.linked ? 'linked' : null))
    .attr('aria-pressed', (cell) => String(cell.linked))
    .attr('aria-label', (cell) => `${from} map ${cell.input} to ${to} map ${cell.output}`)
    .text((cell) => (cell.linked ? 'X' : ''))
    .on('click', (_, cell) => onToggle(cell.input, cell.output));
  rovingTableFocus(table);
}
