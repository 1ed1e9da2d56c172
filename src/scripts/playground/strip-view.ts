import { composeStrip, positionsOfDigits, STRIP_DIGITS, type Strip } from '../../lib/drawing/index.ts';
import { preset, receptiveField } from '../../lib/lenet/index.ts';
import { inkLevelsOf, LENET_SIDE } from '../../lib/mnist/preprocess.ts';
import { paintInk } from '../../lib/viz/index.ts';
import { required } from '../dom.ts';

const FIELD = receptiveField(preset('paper'), 'C5');

export interface StripDigit {
  readonly pixels: Uint8Array;
  /** The digit's label when it came from the test set; undefined for the reader's drawing. */
  readonly label: number | undefined;
}

/** Paints the strip and the answer under every C5 position, marking those centred on a digit. */
export function stripView(root: ParentNode) {
  const canvas = required<HTMLCanvasElement>(root, '#strip');
  const answersList = required(root, '#strip-answers');
  const summary = required(root, '#strip-summary');
  const slot = required<HTMLSelectElement>(root, '#strip-slot');

  return {
    fillSlots(count: number) {
      const chosen = Math.min(Number(slot.value) || 0, count - 1);
      slot.replaceChildren(
        ...Array.from(
          { length: count },
          (_, index) => new Option(`Slot ${index + 1}`, String(index), false, index === chosen),
        ),
      );
    },
    compose(digits: readonly StripDigit[]): Strip {
      const strip = composeStrip(digits.map((digit) => digit.pixels));
      paintInk(canvas, inkLevelsOf(strip.input), strip.width, strip.height);
      canvas.setAttribute(
        'aria-label',
        `A strip of ${digits.length} digits, ${strip.width} pixels wide and ${LENET_SIDE} high`,
      );
      return strip;
    },
    showAnswers(strip: Strip, digits: readonly StripDigit[], answers: readonly number[]) {
      const centred = positionsOfDigits(strip, FIELD, answers.length);
      answersList.style.setProperty('--positions', String(answers.length));
      answersList.replaceChildren(
        ...answers.map((answer, position) => {
          const item = document.createElement('li');
          item.textContent = String(answer);
          const digit = centred.indexOf(position);
          if (digit >= 0) item.className = 'centred';
          item.title = `Position ${position}: window at pixels ${position * FIELD.step} to ${position * FIELD.step + FIELD.size - 1}`;
          return item;
        }),
      );
      const read = centred.map((position) => answers[position]);
      const built = digits.map((digit) => (digit.label === undefined ? 'your digit' : String(digit.label)));
      summary.textContent = `C5 has ${answers.length} positions here (1 at a width of ${LENET_SIDE}). Read under the digits' centres: ${read.join(' ')}; the strip was built from ${built.join(' ')}.`;
    },
    get slot() {
      return Math.max(0, Math.min(STRIP_DIGITS.most - 1, Number(slot.value) || 0));
    },
  };
}
