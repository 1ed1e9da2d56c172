import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { LossOf } from '../../lib/playground/loss-caption.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { backendView } from './backend-view.ts';
import { curvesView } from './curves-view.ts';
import { printedView } from './printed-view.ts';
import { progressView } from './progress-view.ts';
import { samplesView } from './samples-view.ts';
import { stateView } from './state-view.ts';

export interface TrainView {
  show(event: FromWorker): void;
  clear(): void;
  /** Train was pressed; the worker has not answered yet. */
  starting(): void;
  /** Reset was pressed: `hadShown` says whether the run had shown anything, or was cancelled before it began. */
  reset(hadShown: boolean): void;
  /** A finished run that kept nothing is gone because the form changed: the panel is empty, and says why. */
  replaced(): void;
  /** Pause or Resume was pressed; the worker has not answered yet. */
  pausing(): void;
  resuming(): void;
  /** The form's network or recipe changed: with no run shown, the captions follow the form. */
  formChanged(): void;
  /** The run so far, to keep with its network. */
  history(settings: TrainingSettings): RunHistory;
  /** Shows a kept run again as it was when it was kept; `current` must give its settings by now. */
  restore(run: RunHistory): void;
}

/**
 * The run as the worker reports it, each event handed to the views it concerns: the state in words,
 * the backend, the progress, the curves, and the panels that only some runs show.
 */
export function trainView(
  root: ParentNode,
  current: () => TrainingSettings | undefined,
  planned: () => LossOf | undefined,
): TrainView {
  const state = stateView(root, current);
  const backend = backendView(root);
  const progress = progressView(root, current);
  const curves = curvesView(root, current, planned);
  const samples = samplesView(root);
  const printed = printedView(root);
  /** The worker's last word on each figure, for the history. */
  let last: Pick<RunHistory, 'backend' | 'progress' | 'fullTest' | 'done'> = {};

  const remember = (event: FromWorker) => {
    if (event.type === 'backend' || event.type === 'progress' || event.type === 'done')
      last = { ...last, [event.type]: event };
    if (event.type === 'tested' && event.full) last = { ...last, fullTest: event };
  };

  const view: TrainView = {
    clear() {
      samples.clear();
      backend.clear();
      printed.clear();
      last = {};
      curves.clear();
      progress.clear();
      state.clear();
      curves.draw();
    },
    show(event) {
      remember(event);
      state.show(event);
      if (event.type === 'backend') backend.show(event, () => last.backend === event);
      else if (event.type === 'progress') {
        progress.show(event);
        curves.addLoss(event.epoch + (event.batch + 1) / event.batches, event.loss);
        curves.draw();
      } else if (event.type === 'tested') {
        curves.addTest({ x: event.epochs, y: event.testAccuracy });
        curves.draw();
      } else if (event.type === 'paused') progress.paused(last.progress);
      else if (event.type === 'done') progress.ended();
      else if (event.type === 'printed' || event.type === 'printed-end') {
        printed.show(event);
        if (event.type === 'printed-end') progress.printedEnded(event.outcome.digits);
        else if (event.event.type === 'digit') progress.printed(event.event.digits, event.seconds);
      } else if (event.type === 'samples') samples.show(event.digits, event.count);
    },
    starting: () => state.starting(),
    reset(hadShown) {
      view.clear();
      state.reset(hadShown);
    },
    replaced() {
      view.clear();
      state.replaced();
    },
    pausing: () => state.pausing(),
    resuming: () => state.resuming(),
    formChanged: () => curves.draw(),
    history: (settings) => ({ settings, ...last, ...curves.points() }),
    restore(run) {
      view.clear();
      for (const event of [run.backend, run.progress, run.fullTest]) if (event) view.show(event);
      curves.restore(run);
      last = { ...last, ...(run.done ? { done: run.done } : {}) };
      progress.ended();
      state.restored(run);
      curves.draw();
    },
  };
  return view;
}
