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
  return {
    clear(): void {
      accuracy.textContent = '';
      printed = {};
    },
    /** Train was pressed: nothing has come back from the worker yet. */
    starting(): void {
      state.textContent = 'Starting…';
    },
    /** Reset was pressed: the run is gone, or, when it had shown nothing yet, never began. */
    reset(hadShown: boolean): void {
      state.textContent = hadShown ? 'Reset: the run and its curves are gone. Press Train to start again.' : ready;
    },
    show(event: FromWorker): void {
      switch (event.type) {
        case 'download':
          state.textContent = downloadInWords(event);
          break;
        case 'backend':
          state.textContent = 'Training…';
          break;
        case 'progress':
          state.textContent = `Training: ${whereInWords(event, current())}.`;
          break;
        case 'tested':
          if (event.full) accuracy.textContent = fullTestInWords(event, current());
          break;
        case 'paused':
          state.textContent = 'Paused.';
          break;
        case 'printed':
          if (event.event.type !== 'digit') break;
          printed = { loss: event.event.loss };
          state.textContent = `Training with η as printed: digit ${event.event.digits} of at most ${PRINTED_DIGITS}.`;
          break;
        case 'printed-end':
          printed = { ...printed, outcome: event.outcome };
          break;
        case 'done':
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
