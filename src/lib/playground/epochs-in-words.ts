/** "3 epochs", "2.5 epochs", "1 epoch": to a tenth, without a trailing ".0". */
export function epochsInWords(epochs: number): string {
  const tenths = Number(epochs.toFixed(1));
  return `${tenths} ${tenths === 1 ? 'epoch' : 'epochs'}`;
}
