import { figure } from '../../explain/describe.ts';
import type { Terms } from '../../explain/work.ts';
import type { Parent } from './detail-kit.ts';

/** The products of a long dot product largest in size as a table, then one row for all the others. */
export function drawTerms(parent: Parent, terms: Terms, below: string): void {
  const table = parent
    .selectAll('table.compute-terms')
    .data([terms])
    .join((enter) => {
      const made = enter.append('table').attr('class', 'compute-terms');
      made.append('caption');
      made
        .append('thead')
        .append('tr')
        .selectAll('th')
        .data(['Input', 'Value x', 'Weight w', 'w × x'])
        .join('th')
        .attr('scope', 'col')
        .text((head) => head);
      made.append('tbody');
      return made;
    });
  table.select('caption').text(`The ${terms.largest.length} largest in size of ${terms.count} products`);
  const rows = [
    ...terms.largest.map((term) => [
      `${below} ${term.input}`,
      figure(term.value),
      figure(term.weight),
      figure(term.value * term.weight),
    ]),
    [`the other ${terms.count - terms.largest.length}`, '', '', figure(terms.rest)],
  ];
  table
    .select('tbody')
    .selectAll('tr')
    .data(rows)
    .join('tr')
    .selectAll('td')
    .data((row) => row)
    .join('td')
    .text((cell) => cell);
}
