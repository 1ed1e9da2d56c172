type Move = (row: number, column: number, grid: HTMLButtonElement[][]) => [number, number];

const MOVES: Record<string, Move> = {
  ArrowUp: (row, column) => [row - 1, column],
  ArrowDown: (row, column) => [row + 1, column],
  ArrowLeft: (row, column) => [row, column - 1],
  ArrowRight: (row, column) => [row, column + 1],
  Home: (row) => [row, 0],
  End: (row, _, grid) => [row, grid[row]!.length - 1],
};

/**
 * One Tab stop for a grid of buttons (the ARIA grid pattern's roving tabindex):
 * Tab reaches the last button used, the arrow keys move between buttons, Home and
 * End go to the ends of a row, and Space or Enter presses the button as usual.
 * `rowsOf` lists the buttons row by row; a list of buttons is a grid of one row.
 * Call it after every redraw; it listens only once per container.
 */
export function rovingFocus(container: HTMLElement, rowsOf: () => HTMLButtonElement[][]): void {
  const grid = rowsOf();
  const all = grid.flat();
  const current = all.find((button) => button.tabIndex === 0 && button.dataset['roving'] === 'on') ?? all[0];
  for (const button of all) {
    button.dataset['roving'] = 'on';
    button.tabIndex = button === current ? 0 : -1;
  }
  if (container.dataset['roving'] === 'on') return;
  container.dataset['roving'] = 'on';
  const take = (button: HTMLButtonElement) => {
    for (const other of rowsOf().flat()) other.tabIndex = other === button ? 0 : -1;
  };
  container.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLButtonElement && event.target.dataset['roving'] === 'on') take(event.target);
  });
  container.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    const target = event.target;
    if (!move || !(target instanceof HTMLButtonElement)) return;
    const rows = rowsOf();
    const row = rows.findIndex((buttons) => buttons.includes(target));
    if (row < 0) return;
    const [nextRow, nextColumn] = move(row, rows[row]!.indexOf(target), rows);
    const next = rows[nextRow]?.[nextColumn];
    if (!next) return;
    event.preventDefault();
    take(next);
    next.focus();
  });
}

/** rovingFocus over a table whose body cells hold the buttons, row by row. */
export const rovingTableFocus = (table: HTMLTableElement): void =>
  rovingFocus(table, () =>
    Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('button'))),
  );
