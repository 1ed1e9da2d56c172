import { fitInto } from '../drawing/fit.ts';
import { blankInk, boundingBox, type Ink } from '../drawing/ink.ts';
import { MAX_INPUT_SIDE } from '../lenet/input-size.ts';
import { MNIST_FIELD } from '../paper/training.ts';
import { LINE_HEIGHT } from './compose.ts';
import { STRING_LIMITS, WINDOW } from './sdnn-data.ts';

/**
 * What the playground's SDNN reads: as many digits as a test string may hold, on a line as wide as
 * the widest input the site builds a network for; 20 digits of 20 columns with gaps of 4 and half a
 * window of paper at each end fill it exactly (20 x 24 + 32 = 512).
 */
export const LINE_LIMITS = {
  digits: STRING_LIMITS.count.max,
  columns: MAX_INPUT_SIDE,
} as const;

/**
 * Ink shorter than this share of the pad's height is not scaled up further: a dot or a dash stays
 * small rather than growing into a digit-sized blot.
 */
export const SHORTEST_SHARE = 0.1;

export type DrawnLine =
  { readonly status: 'ok'; readonly ink: Ink } | { readonly status: 'empty' | 'too-wide'; readonly message: string };

export const EMPTY_LINE_MESSAGE =
  'The wide pad is empty: there is nothing to read. Write a line of digits on it, or compose a test string.';

/**
 * A line written on the wide pad as the SDNN reads lines: the ink's box scaled (aspect kept) so
 * that it is as tall as an MNIST digit's box, 20 rows, with area-averaged grey edges as MNIST's
 * digits have, placed in LINE_HEIGHT rows with its middle on the middle row and half a window of
 * paper at each end, as the test strings are. The paper gives no such preprocessing for its strings
 * (Section VII-B composes them from MNIST digits that are normalized already); this is the site's.
 */
export function lineFromDrawing(drawing: Ink): DrawnLine {
  const box = boundingBox(drawing);
  if (!box) return { status: 'empty', message: EMPTY_LINE_MESSAGE };
  const scale = MNIST_FIELD.box / Math.max(box.height, SHORTEST_SHARE * drawing.height);
  const columns = Math.max(1, Math.round(box.width * scale)) + WINDOW;
  if (columns > LINE_LIMITS.columns)
    return {
      status: 'too-wide',
      message:
        `Scaled so that its digits are ${MNIST_FIELD.box} pixels tall, this line is ${columns} pixels wide; ` +
        `the SDNN here reads lines of at most ${LINE_LIMITS.columns} pixels (about ${LINE_LIMITS.digits} digits). ` +
        'Write taller digits, or fewer of them.',
    };
  const fitted = fitInto(drawing, box, Math.max(1, Math.round(Math.max(box.width, box.height) * scale)));
  const ink = blankInk(fitted.width + WINDOW, LINE_HEIGHT);
  const top = Math.floor((LINE_HEIGHT - fitted.height) / 2);
  for (let row = 0; row < fitted.height; row++)
    ink.pixels.set(
      fitted.pixels.subarray(row * fitted.width, (row + 1) * fitted.width),
      (top + row) * ink.width + WINDOW / 2,
    );
  return { status: 'ok', ink };
}

/** What to say when a reading holds more characters than a line may; undefined when it holds few enough. */
export function tooManyDigits(read: number): string | undefined {
  if (read <= LINE_LIMITS.digits) return undefined;
  return `The SDNN reads ${read} characters here; a line holds at most ${LINE_LIMITS.digits} digits, so this is not a reading to trust. Write fewer digits.`;
}
