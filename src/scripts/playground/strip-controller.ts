import { STRIP_DIGITS } from '../../lib/drawing/index.ts';
import type { MnistSet } from '../../lib/mnist/index.ts';
import { required } from '../dom.ts';
import { digitOf } from './lazy.ts';
import type { Runtime } from './model-runtime.ts';
import { stripView, type StripDigit } from './strip-view.ts';

export interface StripInputs {
  readonly random: () => number;
  readonly testDigits: () => Promise<MnistSet>;
  readonly runtime: () => Promise<Runtime>;
  /** The digit on the pad, if there is one. */
  readonly padDigit: () => StripDigit | undefined;
  readonly failed: (what: string) => (error: unknown) => void;
}

/** The wide strip: random test digits read by the replicated network, with the pad's digit in any slot. */
export function stripController(root: Document, inputs: StripInputs) {
  const strip = stripView(root);
  const stripCount = required<HTMLSelectElement>(root, '#strip-count');
  const stripMessage = required(root, '#strip-message');
  let stripDigits: StripDigit[] = [];

  const readStrip = async () => {
    const composed = strip.compose(stripDigits);
    const answers = await (await inputs.runtime()).readStrip(composed);
    strip.showAnswers(composed, stripDigits, answers);
  };
  const randomStrip = async () => {
    const set = await inputs.testDigits();
    const count = Number(stripCount.value);
    stripDigits = Array.from({ length: count }, () => {
      const index = Math.floor(inputs.random() * set.count);
      return { pixels: digitOf(set, index), label: set.labels[index] };
    });
    strip.fillSlots(count);
    await readStrip();
  };
  /** Whether the message says where the reader's digit went, which new random digits make false. */
  let placedNote = false;
  const refill = () => {
    if (placedNote) stripMessage.textContent = '';
    placedNote = false;
    randomStrip().catch(inputs.failed('Reading the strip'));
  };
  required(root, '#strip-random').addEventListener('click', refill);
  stripCount.addEventListener('change', refill);
  required(root, '#strip-use-drawing').addEventListener('click', () => {
    const digit = inputs.padDigit();
    if (!digit) {
      stripMessage.textContent =
        'Draw a digit on the pad (or pick a test digit) first: there is nothing to put in the strip.';
      return;
    }
    const slot = Math.min(strip.slot, stripDigits.length - 1);
    stripDigits = stripDigits.map((each, index) => (index === slot ? digit : each));
    stripMessage.textContent = `Your digit is in slot ${slot + 1}.`;
    placedNote = true;
    readStrip().catch(inputs.failed('Reading the strip'));
  });
  strip.fillSlots(Number(stripCount.value) || STRIP_DIGITS.fewest);

  return {
    /** Fills the strip the first time it is needed. */
    start() {
      if (stripDigits.length === 0) refill();
    },
  };
}
