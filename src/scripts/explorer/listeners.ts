import { parseSide, type ExplorerState } from '../../lib/lenet/index.ts';
import { markSide, type Controls } from './controls.ts';
import { draftField } from './drafts.ts';
import { afterC3Button, afterSelect, afterSide, afterSquareSize, unedited } from './intents.ts';

/** What the listeners need from the page: the settled state, and how to settle the next one. */
export interface ExplorerActions {
  readonly state: () => ExplorerState;
  /** `from` is the field or slider a typing session runs in: one history entry for the whole session. */
  readonly commit: (next: ExplorerState, options?: { from?: HTMLElement }) => void;
  /** The reader left a field or let go of a slider. */
  readonly endSession: () => void;
}

const sideOf = (control: HTMLInputElement) => (control.dataset['side'] === 'width' ? 'width' : 'height');

/** Connects the form's fields and the page's buttons to the state changes they ask for. */
export function listenToControls(root: Document, controls: Controls, actions: ExplorerActions): void {
  const { state, commit } = actions;
  for (const side of Object.values(controls.sides)) {
    draftField(side.number, {
      read: (text) => {
        const parsed = parseSide(text, sideOf(side.number));
        return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
      },
      settle: (value, control) => commit(afterSide(state(), sideOf(control), value), { from: control }),
      mark: (control, message) => markSide(controls, control, message),
      done: (control) => {
        actions.endSession();
        // A size typed as "1e2" or "036" reads as the number it is once the reader is done with the field.
        if (!control.hasAttribute('aria-invalid')) control.value = String(state().input[sideOf(control)]);
      },
    });
    // A slider only ever holds a valid size: each step is drawn at once; a drag, or arrow presses until the
    // slider is left, is one history entry.
    side.range.addEventListener('input', () =>
      commit(afterSide(state(), sideOf(side.range), Number(side.range.value)), { from: side.range }),
    );
    for (const end of ['pointerup', 'blur']) side.range.addEventListener(end, () => actions.endSession());
  }
  controls.form.addEventListener('submit', (event) => event.preventDefault());
  controls.form.addEventListener('change', (event) => {
    const next = event.target instanceof HTMLSelectElement ? afterSelect(controls, state(), event.target) : undefined;
    if (next) commit(next);
  });
  root.querySelector('#explorer-unedit')?.addEventListener('click', () => commit(unedited(state())));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-size]'))
    button.addEventListener('click', () => commit(afterSquareSize(state(), Number(button.dataset['size']))));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-c3]'))
    button.addEventListener('click', () =>
      commit(afterC3Button(state(), button.dataset['c3'] === 'full' ? 'full' : 'sparse')),
    );
}
