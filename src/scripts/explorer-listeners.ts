import type { ExplorerState, LenetError } from '../lib/lenet/index.ts';
import type { Controls } from './explorer-controls.ts';
import { afterC3Button, afterSelect, afterSide, afterSquareSize, unedited } from './explorer-intents.ts';

/** What the listeners need from the page: the state now, and how to move to the next one. */
export interface ExplorerActions {
  readonly state: () => ExplorerState;
  readonly commit: (next: ExplorerState, options?: { typing?: HTMLElement; replace?: boolean }) => void;
  readonly problem: (problem: LenetError) => void;
}

/** Connects the form's fields and the page's buttons to the state changes they ask for. */
export function listenToControls(root: Document, controls: Controls, actions: ExplorerActions): void {
  const { state, commit } = actions;
  const fromSides = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const { next, problem } = afterSide(state(), control);
    if (problem) actions.problem(problem);
    if (next) commit(next, { typing: control, replace: event.type === 'input' });
  };
  for (const side of Object.values(controls.sides)) {
    for (const control of [side.number, side.range]) {
      control.addEventListener('input', fromSides);
      control.addEventListener('change', fromSides);
    }
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
