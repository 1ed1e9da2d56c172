/**
 * The "test digit number" field: Enter picks that digit, and anything that is not
 * a digit number gets a message next to the field saying what it takes.
 */
export function digitIndexField(
  field: HTMLInputElement,
  error: HTMLElement,
  count: number,
  onPick: (index: number) => void,
) {
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = field.value.trim();
    const index = Number(text);
    const valid = /^\d+$/.test(text) && index < count;
    field.setAttribute('aria-invalid', String(!valid));
    error.textContent = valid
      ? ''
      : `"${field.value}" is not a test digit number: give a whole number from 0 to ${(count - 1).toLocaleString('en-US')}.`;
    if (valid) onPick(index);
  });
}
