/** A boolean matrix as hex digits, row by row, four cells a digit, the last digit padded with zeros. */
export function encodeBits(matrix: readonly (readonly boolean[])[]): string {
  const bits = matrix.flatMap((row) => row.map((cell) => (cell ? 1 : 0)));
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) {
    hex += (
      ((bits[i] ?? 0) << 3) |
      ((bits[i + 1] ?? 0) << 2) |
      ((bits[i + 2] ?? 0) << 1) |
      (bits[i + 3] ?? 0)
    ).toString(16);
  }
  return hex;
}

/** The hex digits a rows x columns matrix takes. */
export const hexLength = (rows: number, columns: number): number => Math.ceil((rows * columns) / 4);

/** The matrix of `encodeBits`, or null when the text is not `hexLength` hex digits. */
export function decodeBits(text: string, rows: number, columns: number): boolean[][] | null {
  const clean = text.toLowerCase();
  if (!/^[0-9a-f]*$/.test(clean) || clean.length !== hexLength(rows, columns)) return null;
  const bits = [...clean].flatMap((digit) => {
    const value = parseInt(digit, 16);
    return [8, 4, 2, 1].map((mask) => (value & mask) !== 0);
  });
  return Array.from({ length: rows }, (_, row) => bits.slice(row * columns, (row + 1) * columns));
}
