import { select } from 'd3-selection';

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
  const columns = matrix[0]?.map((_, output) => output) ?? [];
  const root = select(table);
  root
    .selectAll('thead')
    .data([columns])
    .join('thead')
    .selectAll('tr')
    .data((d) => [d])
    .join('tr')
    .selectAll('th')
    .data((d) => ['S2 \\ C3', ...d.map(String)])
    .join('th')
    .attr('scope', 'col')
    .text((d) => d);
  const rows = root
    .selectAll('tbody')
    .data([matrix])
    .join('tbody')
    .selectAll<HTMLTableRowElement, readonly boolean[]>('tr')
    .data(matrix)
    .join('tr');
  rows
    .selectAll<HTMLTableCellElement, number>('th')
    .data((_, input) => [input])
    .join('th')
    .attr('scope', 'row')
    .text((input) => String(input));
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
}
