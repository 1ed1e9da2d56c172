import { PAPER_TRAINING } from '../../lib/paper/training.ts';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { printedEndWords } from '../../lib/playground/printed-words.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { PRINTED_DIGITS, type PrintedOutcome } from '../../lib/sdlm/printed-run.ts';
import { whereInWords } from './where-in-words.ts';
import { required } from '../dom.ts';
import { duration, percent } from '../readable-numbers.ts';

const TEST_DIGITS = PAPER_TRAINING.testDigits.toLocaleString('en-US');

type Event<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

const downloadInWords = (event: Event<'download'>) =>
  `Downloading the training digits: ${(event.received / 1e6).toFixed(1)} MB${
    event.total ? ` of ${(event.total / 1e6).toFixed(1)} MB` : ''
  }…`;

/** The headline is the full test only; the chart also has the quick tests, and says so in its caption. */
const fullTestInWords = (event: Event<'tested'>, settings: TrainingSettings | undefined) =>
  `Test accuracy on all ${TEST_DIGITS} test digits, after ${
    settings?.recipe ? `${event.epochs} ${event.epochs === 1 ? 'pass' : 'passes'}` : `${event.epochs.toFixed(1)} epochs`
  }: ${percent(event.testAccuracy)}`;

/**
 * The run in words: the line that says what it is doing, the full test's accuracy, and the tensors it holds.
 * The line's first words, which invite the reader to train, come back when a run is cancelled before it began.
 */
export function stateView(root: ParentNode, current: () => TrainingSettings | undefined) {
  const state = required(root, '#train-state');
  const tensors = required(root, '#train-tensors');
  const accuracy = required(root, '#train-accuracy');
  const ready = state.textContent;
  /** A printed run's last digit's loss and how it ended, for the line when it is over. */
  let printed: { loss?: number; outcome?: PrintedOutcome } = {};
  /**
   * What the reader asked of a run that has not answered yet: the worker pauses at its next step, which can be
   * seconds away (while it measures the backends or tests), and reports in the meantime; the line says at once
   * what was asked, and what the worker reports does not overwrite it until the worker has done it.
   */
  let asked: 'pause' | 'resume' | undefined;
  /** The line for a report of training, unless a pause asked for has not happened yet. */
  const training = (words: string) => {
    if (asked === 'pause') return;
    asked = undefined;
    state.textContent = words;
  };
  return {
    clear(): void {
      accuracy.textContent = '';
      printed = {};
      asked = undefined;
    },
    /** Pause was pressed: said at once, until the worker says it has paused. */
    pausing(): void {
      asked = 'pause';
      state.textContent = 'Pausing…';
    },
    /** Resume was pressed: said at once, until the worker reports training again. */
    resuming(): void {
      asked = 'resume';
      state.textContent = 'Resuming…';
    },
    /** Train was pressed: nothing has come back from the worker yet. */
    starting(): void {
      state.textContent = 'Starting…';
    },
    /** Reset was pressed: the run is gone, or, when it had shown nothing yet, never began. */
    reset(hadShown: boolean): void {
      state.textContent = hadShown ? 'Reset: the run and its curves are gone. Press Train to start again.' : ready;
    },
    /** A finished run that kept no network was cleared because the form's network or recipe changed. */
    replaced(): void {
      state.textContent =
        'The run with η as printed is cleared, since the settings changed; it kept no network. Press Train to start one with these settings.';
    },
    show(event: FromWorker): void {
      switch (event.type) {
        case 'download':
          // The run pauses once the digits are in; the download goes on.
          state.textContent = `${downloadInWords(event)}${asked === 'pause' ? ' The run pauses once they are in.' : ''}`;
          break;
        case 'backend':
          training('Training…');
          break;
        case 'progress':
          training(`Training: ${whereInWords(event, current())}.`);
          break;
        case 'tested':
          if (event.full) accuracy.textContent = fullTestInWords(event, current());
          break;
        case 'paused':
          // A pause that the reader has since taken back says nothing; one of a hidden tab's says it.
          if (asked === 'resume') break;
          asked = undefined;
          state.textContent = 'Paused.';
          break;
        case 'printed':
          if (event.event.type !== 'digit') break;
          printed = { loss: event.event.loss };
          training(`Training with η as printed: digit ${event.event.digits} of at most ${PRINTED_DIGITS}.`);
          break;
        case 'printed-end':
          printed = { ...printed, outcome: event.outcome };
          break;
        case 'done':
          asked = undefined;
          state.textContent = printed.outcome
            ? printedEndWords(printed.outcome, duration(event.seconds), printed.loss)
            : `Done in ${duration(event.seconds)}.`;
          tensors.textContent = String(event.tensors);
          break;
        case 'stopped':
          tensors.textContent = `${event.tensors} after reset (${event.baseline} before training)`;
          break;
        default:
          break;
      }
    },
    /** A kept run, shown again: how it ended, or that the page was left before it did. */
    restored(run: RunHistory): void {
      const kept = 'The run was kept in this browser; press Train to start a new one.';
      state.textContent = run.done
        ? `Done in ${duration(run.done.seconds)}. ${kept}`
        : `The page was left before the run ended; this is how far it went. ${kept}`;
    },
  };
}
