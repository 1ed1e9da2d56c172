/** What a field's text means: a value to settle on, or what is wrong with it. */
export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface DraftOptions<T> {
  readonly read: (text: string) => Reading<T>;
  /** The reader settled on a value: Enter, leaving the field, or a pause in typing. */
  readonly settle: (value: T, control: HTMLInputElement) => void;
  /** Shows what is wrong with the text, or clears the message. */
  readonly mark: (control: HTMLInputElement, message: string | undefined) => void;
  /** The field is left or Enter pressed: the next settled value starts a new history entry. */
  readonly done?: (control: HTMLInputElement) => void;
}

/** How long typing must pause before the text counts as settled, so that "513" never passes through "5" and "51". */
export const SETTLE_PAUSE_MS = 700;

/**
 * Keeps a typed value as a draft until the reader settles on it. A text that
 * cannot be read is marked at once and never settles; a readable one settles on
 * Enter, when the field is left, or after a pause.
 */
export function draftField<T>(control: HTMLInputElement, options: DraftOptions<T>): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  // Only what the reader typed settles: a value the page put in the field (another state drawn) is no draft.
  let typed = false;
  const check = () => {
    const reading = options.read(control.value);
    options.mark(control, reading.ok ? undefined : reading.message);
    return reading;
  };
  const settleNow = () => {
    clearTimeout(pending);
    // A field the page has since rebuilt has nothing left to settle.
    if (!control.isConnected || !typed) return;
    const reading = check();
    if (!reading.ok) return;
    typed = false;
    options.settle(reading.value, control);
  };
  control.addEventListener('input', () => {
    typed = true;
    clearTimeout(pending);
    if (check().ok) pending = setTimeout(settleNow, SETTLE_PAUSE_MS);
  });
  control.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    settleNow();
    options.done?.(control);
  });
  control.addEventListener('change', () => {
    settleNow();
    if (document.activeElement !== control) options.done?.(control);
  });
  control.addEventListener('blur', () => options.done?.(control));
}
