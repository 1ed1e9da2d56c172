import { parseDigitNumber } from '../../lib/explain/digit-number.ts';
import { savedDrawing } from '../../lib/drawing/saved-drawing.ts';
import type { GuideDigit } from '../../lib/mnist/guide-digits.ts';
import { required } from '../dom.ts';
import { shippedDigits, testDigit } from './sources.ts';

/** A digit the figure computes: a test digit, or the reader's drawing, which has no number or label. */
export type FigureDigit = GuideDigit | { index: undefined; label: undefined; pixels: Uint8Array };

export interface DigitSourceHooks {
  readonly say: (text: string, problem?: boolean) => void;
  /** A handler for a promise's rejection that says what failed. */
  readonly failed: (what: string) => (error: unknown) => void;
  /** Computes the figure on the digit chosen. */
  readonly use: (digit: FigureDigit | undefined) => Promise<void>;
}

/** The figure's digit, from its list (a shipped digit or the reader's drawing) or by its test number. */
export function digitSources(root: HTMLElement, { say, failed, use }: DigitSourceHooks) {
  const digitChoice = required<HTMLSelectElement>(root, '.compute-digit');
  const numberField = required<HTMLInputElement>(root, '.compute-number');
  const numberError = required(root, '.compute-number-error');
  if (savedDrawing(localStorage)) {
    const option = new Option('Your drawing, from the playground', 'drawing');
    digitChoice.append(option);
  }
  const chooseShipped = async (): Promise<void> => {
    const value = digitChoice.value;
    if (value === 'drawing') {
      const pixels = savedDrawing(localStorage);
      if (!pixels) {
        say('No drawing is kept: draw a digit on the playground first.', true);
        return;
      }
      await use({ index: undefined, label: undefined, pixels });
    } else {
      await use((await shippedDigits()).find((candidate) => candidate.label === Number(value)));
    }
  };
  const chooseNumber = async (): Promise<void> => {
    const parsed = parseDigitNumber(numberField.value);
    numberField.setAttribute('aria-invalid', String(!parsed.ok));
    numberError.textContent = parsed.ok ? '' : parsed.error.message;
    if (!parsed.ok) return;
    say('Downloading the 10,000 test digits (1.6 MB)…');
    await use(
      await testDigit(parsed.value, (received) =>
        say(`Downloading the 10,000 test digits: ${(received / 1e6).toFixed(1)} MB…`),
      ),
    );
  };
  digitChoice.addEventListener('change', () => void chooseShipped().catch(failed('Loading the digit')));
  required(root, '.compute-number-form').addEventListener('submit', (event) => {
    event.preventDefault();
    chooseNumber().catch(failed('Loading the test digits'));
  });
  return { digitChoice, chooseShipped };
}
