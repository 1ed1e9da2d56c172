import { rovingTableFocus } from './roving-focus.ts';
import { scaleLinear } from 'd3-scale';
import { gridTable } from './grid-table.ts';

export interface ConfusionCell {
  readonly label: number;
  readonly predicted: number;
  readonly count: number;
}

/** confusion[label * classes + predicted] as rows of cells. */
export function confusionRows(confusion: readonly number[], classes = 10): ConfusionCell[][] {
  return Array.from({ length: classes }, (_, label) =>
    Array.from({ length: classes }, (_, predicted) => ({
      label,
      predicted,
      count: confusion[label * classes + predicted] ?? 0,
    })),
  );
}

const cellName = (cell: ConfusionCell) =>
  cell.label === cell.predicted
    ? `${cell.count} ${cell.label}s read correctly`
    : `${cell.count} ${cell.label}s read as ${cell.predicted}`;

/**
 * The confusion matrix as a table of buttons (rows: true digit, columns: the
 * network's answer); mistakes are shaded by how many there are. Pressing a cell
 * reports it, so the page can show those digits.
 */
export function drawConfusion(
  table: HTMLTableElement,
  confusion: readonly number[],
  onSelect: (cell: ConfusionCell) => void,
  selected?: { label: number; predicted: number },
): void {
  const rows = confusionRows(confusion);
  const mistakes = rows.flat().filter((cell) => cell.label !== cell.predicted);
  // At most 45% of the danger colour, so that the count keeps its contrast in both themes.
  const shade = scaleLinear()
    .domain([0, Math.max(1, ...mistakes.map((cell) => cell.count))])
    .range([0, 0.45]);
  const body = gridTable(table, 'digit \\ read as', rows.length, rows);
  body
    .selectAll<HTMLTableCellElement, ConfusionCell>('td')
    .data((row) => row)
    .join((enter) => enter.append('td').call((cell) => cell.append('button').attr('type', 'button')))
    .select('button')
    .attr('class', (cell) => (cell.label === cell.predicted ? 'correct' : cell.count > 0 ? 'mistake' : null))
    .attr('aria-label', cellName)
    .attr('aria-pressed', (cell) => String(selected?.label === cell.label && selected.predicted === cell.predicted))
    .style('--shade', (cell) => (cell.label === cell.predicted ? null : String(shade(cell.count))))
    .text((cell) => String(cell.count))
    .on('click', (_, cell) => onSelect(cell));
  rovingTableFocus(table);
}
