import { rovingFocus } from './roving-focus.ts';
import { select } from 'd3-selection';
import { paintInk } from './paint-ink.ts';
import { MNIST_SIDE } from '../mnist/placement.ts';

export { paintInk };

export interface GalleryDigit {
  /** Index in the test set. */
  readonly index: number;
  readonly label: number;
  readonly predicted: number;
  readonly pixels: Uint8Array;
}

/** "an" before 8, the one digit whose name starts with a vowel sound. */
const article = (digit: number) => (digit === 8 ? 'an' : 'a');

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
        .call((button) => button.append('span').attr('class', 'visually-hidden'))
        .call((button) => button.append('span').attr('aria-hidden', 'true')),
    )
    // The name is the words, the arrow only what the eye reads: a name that hid the arrow's text behind
    // an aria-label would not contain what is shown (WCAG 2.5.3).
    .call((button) =>
      button
        .select('span.visually-hidden')
        .text(
          (digit) => `Test digit ${digit.index}: ${article(digit.label)} ${digit.label} read as ${digit.predicted}`,
        ),
    )
    .call((button) => button.select('span[aria-hidden]').text((digit) => `${digit.label} → ${digit.predicted}`))
    .each(function (digit) {
      paintInk(select(this).select<HTMLCanvasElement>('canvas').node()!, digit.pixels, MNIST_SIDE, MNIST_SIDE);
    })
    .on('click', (_, digit) => onPick(digit));
  rovingFocus(container, () => [[...container.querySelectorAll<HTMLButtonElement>('button.gallery-digit')]]);
}
