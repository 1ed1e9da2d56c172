/** The element at `selector`; a missing one is a bug in the page, so it throws. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as with querySelector<T>, the caller names the element it expects
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The page lacks ${selector}.`);
  return element;
}
