import { fail, ok, type Result } from './result.ts';

const ROWS = 6;
const COLUMNS = 16;
const HEX_LENGTH = (ROWS * COLUMNS) / 4;

/** A 6x16 connection table as 24 hex digits, row by row, four cells a digit: short enough for a URL. */
export function encodeC3Table(table: readonly (readonly boolean[])[]): string {
  const bits = table.flatMap((row) => row.map((cell) => (cell ? 1 : 0)));
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) {
    hex += ((bits[i]! << 3) | (bits[i + 1]! << 2) | (bits[i + 2]! << 1) | bits[i + 3]!).toString(16);
  }
  return hex;
}

export function decodeC3Table(text: string): Result<boolean[][]> {
  const clean = text.trim().toLowerCase();
  if (!/^[0-9a-f]*$/.test(clean) || clean.length !== HEX_LENGTH) {
    const shown = clean.length > 30 ? clean.slice(0, 30) + '…' : clean;
    const message = `"${shown}" is not a C3 table; it takes ${HEX_LENGTH} hexadecimal digits (6 rows of 16 cells, 4 cells a digit).`;
    return fail({ code: 'parameter', parameter: 'c3table', message });
  }
  const bits = [...clean].flatMap((digit) => {
    const value = parseInt(digit, 16);
    return [8, 4, 2, 1].map((mask) => (value & mask) !== 0);
  });
  return ok(Array.from({ length: ROWS }, (_, row) => bits.slice(row * COLUMNS, (row + 1) * COLUMNS)));
}
