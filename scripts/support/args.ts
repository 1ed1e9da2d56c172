/** A command-line number that must be positive, or a message that says what was wrong. */
export function positiveNumber(text: string | undefined, flag: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${flag} must be a positive number; got "${text ?? ''}".`);
  }
  return value;
}
