/** The element at `selector`; a missing one is a bug in the page, so it throws. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as with querySelector<T>, the caller names the element it expects
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The page lacks ${selector}.`);
  return element;
}

export const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
