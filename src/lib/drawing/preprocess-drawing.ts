import { MNIST_SIDE, toLenetInput } from '../mnist/preprocess.ts';
import { MNIST_FIELD } from '../paper/training.ts';
import { centreIn } from './centre.ts';
import { fitInto } from './fit.ts';
import { boundingBox, type Box, type Ink } from './ink.ts';

/** MNIST's digits were scaled to fit a 20x20 box, then centred by mass in 28x28. */
export const FIT_SIDE = MNIST_FIELD.box;

/** Below this share of the pad's side, a mark is too small to read as a digit. */
export const SMALLEST_SHARE = 0.1;

/** Above this share of the pad in ink, the drawing is more likely a scribble than a digit. */
export const SCRIBBLE_SHARE = 0.45;

export interface PreprocessedDrawing {
  readonly status: 'ok';
  readonly box: Box;
  /** The ink inside the box, scaled to fit 20x20. */
  readonly fitted: Ink;
  /** The fitted ink at its centre of mass in a 28x28 field: an MNIST digit. */
  readonly centred: Ink;
  /** Where the fitted ink's top-left corner landed in the 28x28 field. */
  readonly offset: { readonly left: number; readonly top: number };
  /** 32x32 in the paper's levels: -0.1 for paper, 1.175 for full ink. */
  readonly input: Float32Array;
  /** Set when the drawing can be read but probably is not a digit. */
  readonly warning?: string;
}

export type DrawingResult = PreprocessedDrawing | { readonly status: 'empty' | 'too-small'; readonly message: string };

function coverage({ pixels }: Ink): number {
  let inked = 0;
  for (const value of pixels) if (value > 0) inked++;
  return inked / pixels.length;
}

/** The paper's preprocessing of a drawing, step by step; a blank or tiny mark says what is missing instead. */
export function preprocessDrawing(ink: Ink): DrawingResult {
  const box = boundingBox(ink);
  if (!box) return { status: 'empty', message: 'Draw a digit from 0 to 9 on the pad, or pick a test digit.' };
  const smallest = Math.ceil(SMALLEST_SHARE * Math.min(ink.width, ink.height));
  if (Math.max(box.width, box.height) < smallest) {
    return {
      status: 'too-small',
      message: `The mark is ${Math.max(box.width, box.height)} pixels across; draw the digit at least ${smallest} pixels tall, ideally filling most of the pad's height.`,
    };
  }
  const fitted = fitInto(ink, box, FIT_SIDE);
  const { field: centred, left, top } = centreIn(fitted, MNIST_SIDE);
  const share = coverage(ink);
  return {
    status: 'ok',
    box,
    fitted,
    centred,
    offset: { left, top },
    input: toLenetInput(centred.pixels, 1),
    ...(share > SCRIBBLE_SHARE
      ? {
          warning: `Ink covers ${Math.round(share * 100)}% of the pad: this looks like a scribble rather than one digit, so the prediction is a guess.`,
        }
      : {}),
  };
}
