import { select, type Selection } from 'd3-selection';

/**
 * The frame of a square grid table: a header row (`corner`, then the column
 * numbers) and a body row per entry of `rows`, each headed by its number. Returns
 * the body rows, for the caller to join its cells.
 */
export function gridTable<Row>(
  table: HTMLTableElement,
  corner: string,
  columns: number,
  rows: readonly Row[],
): Selection<HTMLTableRowElement, Row, HTMLTableSectionElement, readonly Row[]> {
  const root = select(table);
  root
    .selectAll('thead')
    .data([[corner, ...Array.from({ length: columns }, (_, column) => String(column))]])
    .join('thead')
    .selectAll('tr')
    .data((headings) => [headings])
    .join('tr')
    .selectAll('th')
    .data((headings) => headings)
    .join('th')
    .attr('scope', 'col')
    .text((heading) => heading);
  const body = root
    .selectAll<HTMLTableSectionElement, readonly Row[]>('tbody')
    .data([rows])
    .join('tbody')
    .selectAll<HTMLTableRowElement, Row>('tr')
    .data(rows)
    .join('tr');
  body
    .selectAll<HTMLTableCellElement, number>('th')
    .data((_, index) => [index])
    .join('th')
    .attr('scope', 'row')
    .text((index) => String(index));
  return body;
}
