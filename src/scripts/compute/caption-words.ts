import { layoutWords } from '../../lib/viz/compute/layout-words.ts';
import type { Stage } from './stage.ts';

/**
 * Keeps the caption's "left ... right" or "above ... below" true to where the input and output panels are,
 * as the window's width wraps them; before the figure is drawn, the caption keeps to their order.
 */
export function followLayout(root: HTMLElement, stageElement: HTMLElement, stage: Stage): void {
  const words = root.querySelector<HTMLElement>('.compute-layout-words');
  if (!words) return;
  const reads = words.dataset['reads'] ?? 'what the layer reads';
  new ResizeObserver(() => {
    const boxes = stageElement.hidden
      ? undefined
      : { input: stage.input.getBoundingClientRect(), output: stage.output.getBoundingClientRect() };
    const text = layoutWords(reads, boxes);
    if (words.textContent !== text) words.textContent = text;
  }).observe(stageElement);
}
