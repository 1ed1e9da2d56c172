/**
 * Table I of the paper: which S2 maps (rows 0-5) feed each C3 map (columns
 * 0-15). Written as the paper prints it so that it can be checked by eye.
 */
const TABLE_ONE_ROWS = [
  'X...XXX..XXXX.XX',
  'XX...XXX..XXXX.X',
  'XXX...XXX..X.XXX',
  '.XXX..XXXX..X.XX',
  '..XXX..XXXX.XX.X',
  '...XXX..XXXX.XXX',
] as const;

export const TABLE_ONE: readonly (readonly boolean[])[] = TABLE_ONE_ROWS.map((row) =>
  Array.from(row, (cell) => cell === 'X'),
);

/** How many input-to-output links a connection table holds (Table I: 60). */
export function linkCount(table: readonly (readonly boolean[])[]): number {
  return table.flat().filter(Boolean).length;
}

export function fullTable(inputs: number, outputs: number): boolean[][] {
  return Array.from({ length: inputs }, () => Array<boolean>(outputs).fill(true));
}
