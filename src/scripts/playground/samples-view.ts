import { MNIST_SIDE } from '../../lib/mnist/placement.ts';
import { paintInk } from '../../lib/viz/paint-ink.ts';
import { required } from '../dom.ts';

const PIXELS = MNIST_SIDE * MNIST_SIDE;

/** The strip of distorted digits from the batch just trained; hidden when the run does not distort. */
export function samplesView(root: ParentNode) {
  const figure = required(root, '#train-samples');
  const strip = required(root, '.train-samples-digits');
  return {
    show(digits: Uint8Array, count: number): void {
      while (strip.childElementCount < count) strip.append(document.createElement('canvas'));
      while (strip.childElementCount > count) strip.lastElementChild!.remove();
      Array.from(strip.querySelectorAll('canvas')).forEach((canvas, i) =>
        paintInk(canvas, digits.subarray(i * PIXELS, (i + 1) * PIXELS), MNIST_SIDE, MNIST_SIDE),
      );
      figure.hidden = false;
    },
    clear(): void {
      figure.hidden = true;
      strip.replaceChildren();
    },
  };
}
