/** Where a panel lies on the page, as getBoundingClientRect gives it. */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** How far two boxes may overlap, in pixels, and still count as one beside or below the other. */
const SLACK = 1;

/**
 * The caption's words for where the two panels are: what the layer reads, and its output, side by side
 * or one above the other as the page's width has laid them out; without boxes (not drawn yet), in order.
 */
export function layoutWords(reads: string, boxes?: { readonly input: Box; readonly output: Box }): string {
  if (boxes && boxes.output.top >= boxes.input.bottom - SLACK) return `Above, ${reads}; below, the layer's output`;
  if (boxes && boxes.output.left >= boxes.input.right - SLACK) return `Left, ${reads}; right, the layer's output`;
  return `First ${reads}, then the layer's output`;
}
