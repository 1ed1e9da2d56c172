import { seededRandom } from '../../lib/mnist/dataset.ts';
import { distortImage } from '../../lib/mnist/distort.ts';
import { randomDistortion, SITE_DISTORTIONS } from '../../lib/mnist/distortion-ranges.ts';
import { unpackGuideDigits } from '../../lib/mnist/guide-digits.ts';
import { MNIST_SIDE } from '../../lib/mnist/placement.ts';
import { paintInk } from '../../lib/viz/paint-ink.ts';

const TRAINING_DIGITS = 60_000;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/**
 * Fig. 7's kind of figure: the first row the training digits as they are, each
 * row below a fresh distortion of every one, drawn with the ranges the site trains with.
 */
export function startDistortionsFigure(figure: HTMLElement): void {
  const digits = unpackGuideDigits(bytesOf(figure.dataset['digits'] ?? ''), TRAINING_DIGITS);
  const rows = Number(figure.dataset['rows'] ?? 4);
  const canvases = Array.from(figure.querySelectorAll<HTMLCanvasElement>('canvas'));
  const status = figure.querySelector<HTMLElement>('.distortions-status')!;
  let round = 0;
  const draw = () => {
    const random = seededRandom(round + 1);
    digits.forEach((digit, column) => {
      paintInk(canvases[column]!, digit.pixels, MNIST_SIDE, MNIST_SIDE);
      for (let row = 1; row <= rows; row++) {
        const distorted = distortImage(digit.pixels, 0, MNIST_SIDE, randomDistortion(random, SITE_DISTORTIONS));
        paintInk(canvases[row * digits.length + column]!, distorted, MNIST_SIDE, MNIST_SIDE);
      }
    });
    status.textContent = round === 0 ? '' : `Drawn again: distortion set ${round + 1}.`;
    // Which set is drawn, for whoever waits on the drawing (the browser tests).
    figure.dataset['drawn'] = String(round + 1);
  };
  figure.querySelector('button')!.addEventListener('click', () => {
    round++;
    draw();
  });
  draw();
}
