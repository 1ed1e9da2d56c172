import { formatCount, type LayerTableModel, type LenetError, type Totals } from '../lib/lenet/index.ts';

function cellRow(header: string, cells: readonly string[]): HTMLTableRowElement {
  const row = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = header;
  row.append(th, ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  return row;
}

/** Replaces the rows of a table drawn by LayerTableView. */
export function fillTable(table: HTMLTableElement, model: LayerTableModel): void {
  table.caption!.textContent = model.caption;
  table.tBodies[0]!.replaceChildren(...model.rows.map((row) => cellRow(row.name, row.cells)));
  if (model.total) table.tFoot!.replaceChildren(cellRow(model.total.name, model.total.cells));
  table.closest('[role="region"]')?.setAttribute('aria-label', model.caption);
}

export function fillTotals(element: HTMLElement, totals: Totals): void {
  const strong = (value: number) =>
    Object.assign(document.createElement('strong'), { textContent: formatCount(value) });
  element.replaceChildren(
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
  const items = problems.map((problem) => {
    const where = problem.layer ?? problem.parameter;
    const item = document.createElement('li');
    if (where) item.append(Object.assign(document.createElement('strong'), { textContent: `${where}: ` }));
    item.append(problem.message);
    return item;
  });
  const list = document.createElement('ul');
  list.append(...items);
  element.replaceChildren(list);
}
