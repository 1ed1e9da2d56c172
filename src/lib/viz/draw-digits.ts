import { rovingFocus } from './roving-focus.ts';
import { select } from 'd3-selection';
import { inkRamp } from './color-ramp.ts';
import { MNIST_SIDE } from '../mnist/placement.ts';

/** Paints a greyscale picture (0 paper, 255 ink) into `canvas` at one canvas pixel per picture pixel. */
export function paintInk(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, width: number, height: number): void {
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(width, height);
  const ink = inkRamp();
  for (let i = 0; i < width * height; i++) {
    const step = Math.max(0, Math.min(255, Math.round(pixels[i]!)));
    image.data.set([ink[step * 3]!, ink[step * 3 + 1]!, ink[step * 3 + 2]!, 255], i * 4);
  }
  context.putImageData(image, 0, 0);
}

export interface GalleryDigit {
  /** Index in the test set. */
  readonly index: number;
  readonly label: number;
  readonly predicted: number;
  readonly pixels: Uint8Array;
}

/** Test digits as buttons, each with what it is and what the network read; pressing one reports it. */
export function drawGallery(
  container: HTMLElement,
  digits: readonly GalleryDigit[],
  onPick: (digit: GalleryDigit) => void,
): void {
  select(container)
    .selectAll<HTMLButtonElement, GalleryDigit>('button')
    .data(digits, (digit) => String(digit.index))
    .join((enter) =>
      enter
        .append('button')
        .attr('type', 'button')
        .attr('class', 'gallery-digit')
        .call((button) => button.append('canvas'))
        .call((button) => button.append('span')),
    )
    .attr('aria-label', (digit) => `Test digit ${digit.index}: a ${digit.label} read as ${digit.predicted}`)
    .call((button) => button.select('span').text((digit) => `${digit.label} → ${digit.predicted}`))
    .each(function (digit) {
      paintInk(select(this).select<HTMLCanvasElement>('canvas').node()!, digit.pixels, MNIST_SIDE, MNIST_SIDE);
    })
    .on('click', (_, digit) => onPick(digit));
  rovingFocus(container, () => [[...container.querySelectorAll<HTMLButtonElement>('button.gallery-digit')]]);
}
