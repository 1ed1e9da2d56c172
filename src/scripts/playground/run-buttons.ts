import { required } from '../dom.ts';

export interface RunButtonActions {
  readonly pause: () => void;
  readonly resume: () => void;
  /** Called when Reset is confirmed: the run is to be thrown away. */
  readonly reset: () => void;
  /** Whether the run has finished: its results are then only discarded on a second press of Reset. */
  readonly finished: () => boolean;
}

/**
 * Train, Pause and Reset, and which of them can be pressed. Focus follows the
 * reader: Train hands it to Pause when a run starts, Pause back to Train when it ends.
 */
export function runButtons(root: Document, actions: RunButtonActions) {
  const startButton = required<HTMLButtonElement>(root, '#train-start');
  const pauseButton = required<HTMLButtonElement>(root, '#train-pause');
  const resetButton = required<HTMLButtonElement>(root, '#train-reset');
  const stateLine = required(root, '#train-state');
  let paused = false;
  let armed: ReturnType<typeof setTimeout> | undefined;

  const disarm = () => {
    clearTimeout(armed);
    armed = undefined;
    resetButton.textContent = 'Reset';
  };
  const idle = () => {
    // Disabling the focused Pause button would drop focus to the page's start; Train takes it back.
    const hadFocus = root.activeElement === pauseButton;
    startButton.disabled = false;
    pauseButton.disabled = true;
    pauseButton.textContent = 'Pause';
    paused = false;
    if (hadFocus) startButton.focus();
  };

  pauseButton.addEventListener('click', () => {
    paused = !paused;
    if (paused) actions.pause();
    else actions.resume();
    pauseButton.textContent = paused ? 'Resume' : 'Pause';
  });
  resetButton.addEventListener('click', () => {
    if (actions.finished() && !armed) {
      resetButton.textContent = 'Press again to discard';
      stateLine.textContent =
        'Reset clears the finished run\u2019s curves and results (the trained network stays kept below). Press Reset again to do it.';
      armed = setTimeout(disarm, 8000);
      return;
    }
    disarm();
    actions.reset();
    idle();
    resetButton.disabled = true;
    stateLine.textContent = 'Reset: the model in training is gone. Press Train to start again.';
  });

  return {
    idle,
    running() {
      const hadFocus = root.activeElement === startButton;
      startButton.disabled = true;
      pauseButton.disabled = false;
      resetButton.disabled = false;
      if (hadFocus) pauseButton.focus();
    },
  };
}
