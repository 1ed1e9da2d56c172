import { PAPER_TRAINING } from '../../lib/paper/training.ts';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { printedEndWords } from '../../lib/playground/printed-words.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { PRINTED_DIGITS, type PrintedOutcome } from '../../lib/sdlm/printed-run.ts';
import { whereInWords } from './where-in-words.ts';
import { required } from '../dom.ts';
import { duration, percent } from '../readable-numbers.ts';
import { epochsInWords } from '../../lib/playground/epochs-in-words.ts';

const TEST_DIGITS = PAPER_TRAINING.testDigits.toLocaleString('en-US');

type Event<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

const downloadInWords = (event: Event<'download'>) =>
  `Downloading the training digits: ${(event.received / 1e6).toFixed(1)} MB${
    event.total ? ` of ${(event.total / 1e6).toFixed(1)} MB` : ''
  }…`;

/** The headline is the full test only; the chart also has the quick tests, and says so in its caption. */
const fullTestInWords = (event: Event<'tested'>, settings: TrainingSettings | undefined) =>
  `Test accuracy on all ${TEST_DIGITS} test digits, after ${
    settings?.recipe ? `${event.epochs} ${event.epochs === 1 ? 'pass' : 'passes'}` : epochsInWords(event.epochs)
  }: ${percent(event.testAccuracy)}`;

/**
 * The state line with what the reader asked of a run that has not answered yet: the worker pauses at its next
 * step, which can be seconds away (while it measures the backends or tests), and reports in the meantime; the
 * line says at once what was asked, and what the worker reports does not overwrite it until the worker has done it.
 */
function askedLine(state: HTMLElement) {
  let asked: 'pause' | 'resume' | undefined;
  return {
    get pausing() {
      return asked === 'pause';
    },
    ask(what: 'pause' | 'resume', words: string) {
      asked = what;
      state.textContent = words;
    },
    /** The line for a report of training, unless a pause asked for has not happened yet. */
    training(words: string) {
      if (asked === 'pause') return;
      asked = undefined;
      state.textContent = words;
    },
    /** A pause that the reader has since taken back says nothing; one of a hidden tab's says it. */
    paused() {
      if (asked === 'resume') return;
      asked = undefined;
      state.textContent = 'Paused.';
    },
    settle(words?: string) {
      asked = undefined;
      if (words !== undefined) state.textContent = words;
    },
  };
}

interface StateParts {
  readonly state: HTMLElement;
  readonly tensors: HTMLElement;
  readonly accuracy: HTMLElement;
  readonly line: ReturnType<typeof askedLine>;
  /** A printed run's last digit's loss and how it ended, for the line when it is over. */
  printed: { loss?: number; outcome?: PrintedOutcome };
  readonly current: () => TrainingSettings | undefined;
}

function showEvent(event: FromWorker, parts: StateParts): void {
  const { state, tensors, accuracy, line } = parts;
  switch (event.type) {
    case 'download':
      // The run pauses once the digits are in; the download goes on.
      state.textContent = `${downloadInWords(event)}${line.pausing ? ' The run pauses once they are in.' : ''}`;
      break;
    case 'backend':
      line.training('Training…');
      break;
    case 'progress':
      line.training(`Training: ${whereInWords(event, parts.current())}.`);
      break;
    case 'tested':
      if (event.full) accuracy.textContent = fullTestInWords(event, parts.current());
      break;
    case 'paused':
      line.paused();
      break;
    case 'printed':
      if (event.event.type !== 'digit') break;
      parts.printed = { loss: event.event.loss };
      line.training(`Training with η as printed: digit ${event.event.digits} of at most ${PRINTED_DIGITS}.`);
      break;
    case 'printed-end':
      parts.printed = { ...parts.printed, outcome: event.outcome };
      break;
    case 'done':
      line.settle(
        parts.printed.outcome
          ? printedEndWords(parts.printed.outcome, duration(event.seconds), parts.printed.loss)
          : `Done in ${duration(event.seconds)}.`,
      );
      tensors.textContent = String(event.tensors);
      break;
    case 'stopped':
      tensors.textContent = `${event.tensors} after reset (${event.baseline} before training)`;
      break;
    default:
      break;
  }
}

/**
 * The run in words: the line that says what it is doing, the full test's accuracy, and the tensors it holds.
 * The line's first words, which invite the reader to train, come back when a run is cancelled before it began.
 */
export function stateView(root: ParentNode, current: () => TrainingSettings | undefined) {
  const state = required(root, '#train-state');
  const ready = state.textContent;
  const parts: StateParts = {
    state,
    tensors: required(root, '#train-tensors'),
    accuracy: required(root, '#train-accuracy'),
    line: askedLine(state),
    printed: {},
    current,
  };
  return {
    clear(): void {
      parts.accuracy.textContent = '';
      parts.printed = {};
      parts.line.settle();
    },
    /** Pause was pressed: said at once, until the worker says it has paused. */
    pausing(): void {
      parts.line.ask('pause', 'Pausing…');
    },
    /** Resume was pressed: said at once, until the worker reports training again. */
    resuming(): void {
      parts.line.ask('resume', 'Resuming…');
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
    show: (event: FromWorker) => showEvent(event, parts),
    /** A kept run, shown again: how it ended, or that the page was left before it did. */
    restored(run: RunHistory): void {
      const kept = 'The run was kept in this browser; press Train to start a new one.';
      state.textContent = run.done
        ? `Done in ${duration(run.done.seconds)}. ${kept}`
        : `The page was left before the run ended; this is how far it went. ${kept}`;
    },
  };
}
