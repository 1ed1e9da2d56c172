import type { MnistSet } from '../../lib/mnist/index.ts';
import { PAPER_TRAINING } from '../../lib/paper/training.ts';
import { required } from '../dom.ts';
import { digitIndexField } from './digit-index.ts';
import { digitOf } from './lazy.ts';
import { DrawingPad } from './pad.ts';
import type { statusLine } from './status-line.ts';

const TEST_COUNT = PAPER_TRAINING.testDigits;

export interface PadOptions {
  readonly random: () => number;
  readonly testDigits: () => Promise<MnistSet>;
  readonly failed: ReturnType<typeof statusLine>['failed'];
  /** The pad now holds other ink, drawn or a test digit: read it again. */
  readonly changed: () => void;
}

/**
 * The drawing pad and its buttons: the reader draws, clears, or puts a test digit on it by its number, at
 * random, or from the results. A drawing is read again once a frame; a test digit at once.
 */
export function padControls(root: Document, { random, testDigits, failed, changed }: PadOptions) {
  const indexField = required<HTMLInputElement>(root, '#pad-index');
  let picked: { index: number; label: number } | undefined;
  let frame = 0;

  const pad = new DrawingPad(required<HTMLCanvasElement>(root, '#pad'), () => {
    picked = undefined;
    // The pad now holds the reader's drawing, not the test digit the field names.
    indexField.value = '';
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      changed();
    });
  });

  const pick = async (index: number) => {
    const set = await testDigits();
    pad.show(digitOf(set, index));
    picked = { index, label: set.labels[index]! };
    indexField.value = String(index);
    changed();
  };
  const pickOrSay = (index: number) => {
    pick(index).catch(failed('Loading the test digits'));
  };

  required(root, '#pad-clear').addEventListener('click', () => {
    pad.clear();
    picked = undefined;
    indexField.value = '';
    changed();
  });
  required(root, '#pad-random').addEventListener('click', () => {
    pickOrSay(Math.floor(random() * TEST_COUNT));
  });
  digitIndexField(indexField, required(root, '#pad-index-error'), TEST_COUNT, pickOrSay);

  return {
    pad,
    /** The test digit on the pad, unless the reader has drawn since. */
    get picked() {
      return picked;
    },
    /** Puts test digit `index` on the pad and scrolls up to it: how the results hand a digit over. */
    pickAndShow(index: number) {
      pickOrSay(index);
      required(root, '#draw-heading').scrollIntoView({ block: 'start' });
    },
  };
}
