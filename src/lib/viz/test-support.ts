/**
 * Markup for a golden snapshot, with every number rounded to two decimals: the
 * snapshot then states what a reader could see, not the float noise of a division.
 */
export const roundedMarkup = (markup: string): string =>
  markup.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
