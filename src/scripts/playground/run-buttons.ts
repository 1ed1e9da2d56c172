import { required } from '../dom.ts';

/** What a Reset would throw away: a run going on (or paused), or a finished one's curves and results. */
export type AtStake = 'running' | 'finished' | undefined;

export interface RunButtonActions {
  readonly pause: () => void;
  readonly resume: () => void;
  /** Called when Reset is confirmed, or needs no confirming: the run is to be thrown away, and the line say so. */
  readonly reset: () => void;
  /**
   * What Reset would throw away now; anything at stake is only discarded on a second press. A run that has shown
   * nothing yet (its digits still downloading) has nothing at stake: one press cancels it.
   */
  readonly atStake: () => AtStake;
}

/** How long Reset waits for its second press; the line asking for it says so, and says when it has lapsed. */
export const CONFIRM_SECONDS = 8;

const CONFIRM: Record<NonNullable<AtStake>, string> = {
  running: `Reset stops this run and clears its curves and results (a network kept after a full epoch stays below). Press it again within ${CONFIRM_SECONDS} seconds to do it.`,
  finished: `Reset clears the finished run\u2019s curves and results (a trained network kept below stays). Press it again within ${CONFIRM_SECONDS} seconds to do it.`,
};
const LAPSED = `Nothing was reset: Reset was not pressed again within ${CONFIRM_SECONDS} seconds.`;

/** While a run exists (going or paused) its settings are fixed: the form always names the run below it. */
function formLock(root: Document) {
  const lockedLine = required(root, '#train-locked');
  const settings = Array.from(
    root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#train-form :is(input, select)'),
  );
  return (locked: boolean) => {
    for (const field of settings) field.disabled = locked;
    lockedLine.hidden = !locked;
  };
}

/** Reset's question: asked on the first press, it waits CONFIRM_SECONDS for the second, then says it lapsed. */
function resetQuestion(resetButton: HTMLButtonElement, confirmLine: HTMLElement) {
  let armed: ReturnType<typeof setTimeout> | undefined;
  /** Reset asks no more; `said` is what the line says instead: nothing, or that the question lapsed. */
  const disarm = (said = '') => {
    clearTimeout(armed);
    armed = undefined;
    resetButton.textContent = 'Reset';
    confirmLine.textContent = said;
  };
  return {
    get asked() {
      return armed !== undefined;
    },
    ask(stake: NonNullable<AtStake>) {
      resetButton.textContent = 'Press again to discard';
      confirmLine.textContent = CONFIRM[stake];
      armed = setTimeout(() => disarm(LAPSED), CONFIRM_SECONDS * 1000);
    },
    /** A run that ends while Reset waits for its second press changes what Reset would throw away. */
    restate(stake: NonNullable<AtStake>) {
      confirmLine.textContent = CONFIRM[stake];
    },
    disarm,
  };
}

/**
 * Train, Pause and Reset, and which of them can be pressed. Focus follows the
 * reader: Train hands it to Pause when a run starts, and Pause or Reset hand it
 * back to Train when they are disabled, so that it never drops to the page's start.
 */
export function runButtons(root: Document, actions: RunButtonActions) {
  const startButton = required<HTMLButtonElement>(root, '#train-start');
  const pauseButton = required<HTMLButtonElement>(root, '#train-pause');
  const resetButton = required<HTMLButtonElement>(root, '#train-reset');
  const lock = formLock(root);
  const question = resetQuestion(resetButton, required(root, '#train-confirm'));
  const disarm = question.disarm;
  let paused = false;

  /** Runs `change`, which may disable the focused button, and gives its focus to Train. */
  const keepingFocus = (change: () => void) => {
    const focused = root.activeElement;
    change();
    if ((focused === pauseButton || focused === resetButton) && (focused as HTMLButtonElement).disabled)
      startButton.focus();
  };
  const idle = () =>
    keepingFocus(() => {
      const stake = question.asked && actions.atStake();
      if (stake) question.restate(stake);
      lock(false);
      startButton.disabled = false;
      pauseButton.disabled = true;
      pauseButton.textContent = 'Pause';
      paused = false;
    });

  pauseButton.addEventListener('click', () => {
    // A lapsed question's line is old news once the reader does something else.
    if (!question.asked) disarm();
    paused = !paused;
    if (paused) actions.pause();
    else actions.resume();
    pauseButton.textContent = paused ? 'Resume' : 'Pause';
  });
  resetButton.addEventListener('click', () => {
    const stake = actions.atStake();
    if (stake && !question.asked) {
      question.ask(stake);
      return;
    }
    disarm();
    keepingFocus(() => {
      actions.reset();
      idle();
      resetButton.disabled = true;
    });
  });

  return {
    idle,
    running() {
      disarm();
      const hadFocus = root.activeElement === startButton;
      lock(true);
      startButton.disabled = true;
      pauseButton.disabled = false;
      resetButton.disabled = false;
      if (hadFocus) pauseButton.focus();
    },
    /** A run shown again from the browser's storage: nothing runs, and Reset can clear it. */
    restored() {
      idle();
      resetButton.disabled = false;
    },
    /** The run shown is gone without Reset (the form changed under a finished run): nothing is left to reset. */
    cleared() {
      disarm();
      keepingFocus(() => {
        idle();
        resetButton.disabled = true;
      });
    },
  };
}
