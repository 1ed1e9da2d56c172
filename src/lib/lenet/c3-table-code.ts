import { fail, ok, type Result } from './result.ts';
import { decodeBits, encodeBits, hexLength } from './table-bits.ts';

const ROWS = 6;
const COLUMNS = 16;
const HEX_LENGTH = hexLength(ROWS, COLUMNS);

/** A 6x16 connection table as 24 hex digits, row by row, four cells a digit: short enough for a URL. */
export const encodeC3Table = (table: readonly (readonly boolean[])[]): string => encodeBits(table);

export function decodeC3Table(text: string): Result<boolean[][]> {
  const clean = text.trim().toLowerCase();
  const table = decodeBits(clean, ROWS, COLUMNS);
  if (table) return ok(table);
  const shown = clean.length > 30 ? clean.slice(0, 30) + '…' : clean;
  const message = `"${shown}" is not a C3 table; it takes ${HEX_LENGTH} hexadecimal digits (6 rows of 16 cells, 4 cells a digit).`;
  return fail({ code: 'parameter', parameter: 'c3table', message });
}
