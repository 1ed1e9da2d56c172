import { checkNumber, SETTING_RULES, type NumberRule } from '../../lib/playground/settings.ts';
import { required } from '../dom.ts';

/** Long enough for "0." to become "0.5" before "0." is called wrong; a fix is shown at once. */
const SETTLE_MS = 700;

const NUMBER_FIELDS: readonly (readonly [id: string, rule: NumberRule])[] = [
  ['epochs', SETTING_RULES.epochs],
  ['batch-size', SETTING_RULES.batchSize],
  ['learning-rate', SETTING_RULES.learningRate],
];

/**
 * Adam's number fields, each checked as the reader types (once the typing pauses)
 * and when they leave it for another field: a wrong value marks the field and says what it takes
 * next to it, and a fixed one clears both at once. `edited` runs after every change.
 */
export function settingFields(root: ParentNode, edited: () => void) {
  const fields = NUMBER_FIELDS.map(([id, rule]) => {
    const input = required<HTMLInputElement>(root, `#train-${id}`);
    const error = required(root, `#train-${id}-error`);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(pending);
      const checked = checkNumber(input.value, rule);
      input.setAttribute('aria-invalid', String(!checked.ok));
      error.textContent = checked.ok ? '' : checked.message;
      return checked.ok;
    };
    input.addEventListener('input', () => {
      clearTimeout(pending);
      if (checkNumber(input.value, rule).ok) check();
      else pending = setTimeout(check, SETTLE_MS);
      edited();
    });
    input.addEventListener('blur', (event) => {
      // Pressing a button (Train) checks the form itself; a message shown now would move the button under the pointer.
      if (!(event.relatedTarget instanceof HTMLButtonElement)) check();
    });
    return { input, check };
  });
  return {
    /** Marks every wrong field now; returns the first, for the focus, or undefined when all are right. */
    checkAll(): HTMLInputElement | undefined {
      // A field the chosen recipe does not use is hidden and cannot be wrong.
      return fields.filter((field) => !field.input.closest('[hidden]') && !field.check()).at(0)?.input;
    },
  };
}
