import { formatCount, type LayerTableModel, type LenetError, type Totals } from '../../lib/lenet/index.ts';

function cellRow(header: string, cells: readonly string[]): HTMLTableRowElement {
  const row = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = header;
  row.append(th, ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  return row;
}

/** The row of the layer that cannot be computed: its name and why, across every column. */
export function failedRow(failure: LenetError, columns: number): HTMLTableRowElement {
  const row = cellRow(failure.layer ?? '', []);
  row.className = 'failed';
  row.append(
    Object.assign(document.createElement('td'), {
      colSpan: columns,
      textContent: `Cannot be computed: ${failure.message}`,
    }),
  );
  return row;
}

/**
 * Replaces the rows of a table drawn by LayerTableView. With a failure, the table
 * stops at the layer that cannot be computed, which gets a row saying why.
 */
export function fillTable(table: HTMLTableElement, model: LayerTableModel, failure?: LenetError): void {
  const caption = failure ? `${model.caption}, up to the layer that cannot be computed` : model.caption;
  table.caption!.textContent = caption;
  const rows = model.rows.map((row) => cellRow(row.name, row.cells));
  if (failure) rows.push(failedRow(failure, model.columns.length));
  table.tBodies[0]!.replaceChildren(...rows);
  if (model.total) table.tFoot!.replaceChildren(cellRow(failure ? 'So far' : model.total.name, model.total.cells));
  table.closest('[role="region"]')?.setAttribute('aria-label', caption);
}

export function fillTotals(element: HTMLElement, totals: Totals, upTo?: string): void {
  const strong = (value: number) =>
    Object.assign(document.createElement('strong'), { textContent: formatCount(value) });
  element.replaceChildren(
    upTo ? `Up to ${upTo}: ` : '',
    strong(totals.trainable),
    ' trainable parameters, ',
    strong(totals.fixed),
    ' fixed, ',
    strong(totals.connections),
    ' connections; ',
    strong(totals.macs),
    ' multiply-adds and ',
    strong(totals.activations),
    ' activations per digit.',
  );
}

/** Lists every problem, or hides the alert when there is none. */
export function fillAlert(element: HTMLElement, problems: readonly LenetError[]): void {
  element.hidden = problems.length === 0;
  // Each message is a sentence that names what it is about ("The height can be at most 512 pixels, not 600.").
  const items = problems.map((problem) =>
    Object.assign(document.createElement('li'), { textContent: problem.message }),
  );
  const list = document.createElement('ul');
  list.append(...items);
  element.replaceChildren(list);
}
