import { PAPER_TRAINING } from '../../lib/paper/training.ts';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { drawCurve, type CurvePoint } from '../../lib/viz/index.ts';
import { isolationAdvice, isolationRoute, type IsolationRoute } from './isolation-advice.ts';
import { printedView } from './printed-view.ts';
import { samplesView } from './samples-view.ts';
import { scheduleMarks } from './schedule-marks.ts';
import { digitsInPass, whereInWords } from './where-in-words.ts';
import { required } from '../dom.ts';
import { duration, percent } from '../readable-numbers.ts';

/** Loss points are averaged over this many reports, so the curve shows the trend rather than batch noise. */
const SMOOTHING = 8;

const TEST_DIGITS = PAPER_TRAINING.testDigits.toLocaleString('en-US');

const DEVICES: Record<string, string> = {
  lanes: 'your CPU with WebAssembly SIMD, four digits at a time',
  wasm: 'your CPU with WebAssembly',
  webgl: 'your GPU with WebGL',
  cpu: 'your CPU in plain JavaScript',
  sdlm: "your CPU with WebAssembly, in double precision, by the paper's recipe",
};

/**
 * "Training on your CPU with WebAssembly, 2 threads: about 2,700 digits/s", from the
 * worker's report; where the page's lack of isolation holds the run to fewer threads,
 * why, and how the reader gets them.
 */
function backendInWords(event: Extract<FromWorker, { type: 'backend' }>, route: IsolationRoute | undefined): string {
  const device = DEVICES[event.backend] ?? event.backend;
  const threads = /^(\d+) thread/.exec(event.detail)?.[1];
  const threadText = threads ? `, ${threads} ${threads === '1' ? 'thread' : 'threads'}` : '';
  const chosen = event.measurements.find((each) => each.backend === event.backend);
  const speed = chosen ? `: about ${Math.round(chosen.samplesPerSecond).toLocaleString('en-US')} digits/s` : '';
  const isolation = event.threadsIfIsolated && route ? isolationAdvice(event.threadsIfIsolated, route) : '';
  return `Training on ${device}${threadText}${speed}${isolation}`;
}

export interface TrainView {
  show(event: FromWorker): void;
  clear(): void;
  /** The run so far, to keep with its network. */
  history(settings: TrainingSettings): RunHistory;
  /** Shows a kept run again as it was when it was kept; `current` must give its settings by now. */
  restore(run: RunHistory): void;
}

export function trainView(root: ParentNode, current: () => TrainingSettings | undefined): TrainView {
  const totalEpochs = () => current()?.epochs ?? 1;
  const state = required(root, '#train-state');
  const backend = required(root, '#train-backend');
  const measuredBackends = required(root, '#train-measured');
  const speed = required(root, '#train-speed');
  const batches = required(root, '#train-batches');
  const batchesLabel = required(root, '#train-batches-label');
  const tensors = required(root, '#train-tensors');
  const progress = required<HTMLProgressElement>(root, '#train-progress');
  const timeLeft = required(root, '#train-time-left');
  const accuracy = required(root, '#train-accuracy');
  const lossSvg = required<SVGSVGElement>(root, '#curve-loss');
  const accuracySvg = required<SVGSVGElement>(root, '#curve-accuracy');
  // Each caption says what its curve shows for Adam, and carries what it shows for the paper's recipe.
  const captions = ['#curve-loss-caption', '#curve-accuracy-caption'].map((selector) => {
    const caption = required(root, selector);
    return { caption, adam: caption.textContent.trim(), recipe: caption.dataset['recipe'] ?? '' };
  });
  const loss: CurvePoint[] = [];
  const recent: number[] = [];
  const tests: CurvePoint[] = [];
  let batchesDone = 0;
  /** The worker's last word on each figure, for the history. */
  let last: Pick<RunHistory, 'backend' | 'progress' | 'fullTest' | 'done'> = {};
  /** Seconds the run spent paused, left out of the time it has left; and when the present pause began. */
  let pausedSeconds = 0;
  let pausedAt: number | undefined;

  const drawCurves = () => {
    const recipe = current()?.recipe;
    const xLabel = recipe ? 'passes' : 'epochs';
    for (const { caption, adam, recipe: byRecipe } of captions) caption.textContent = recipe ? byRecipe : adam;
    drawCurve(lossSvg, {
      title: 'Training loss',
      points: loss,
      formatY: (value) => value.toFixed(value >= 10 ? 0 : 2),
      xLabel,
      ...(recipe ? { marks: scheduleMarks(recipe) } : {}),
    });
    drawCurve(accuracySvg, {
      title: 'Test accuracy',
      points: tests,
      yDomain: [0.8, 1],
      formatY: (value) => percent(value, 0),
      xLabel,
    });
  };
  drawCurves();

  /** What is left at the pace so far, paused time left out. */
  const secondsLeft = (event: Extract<FromWorker, { type: 'progress' }>, total: number) =>
    ((total - batchesDone) * Math.max(event.seconds - pausedSeconds, 0)) / Math.max(batchesDone, 1);

  const samples = samplesView(root);
  const printed = printedView(root);
  const view: TrainView = {
    clear() {
      samples.clear();
      printed.clear();
      last = {};
      pausedSeconds = 0;
      pausedAt = undefined;
      loss.length = 0;
      recent.length = 0;
      tests.length = 0;
      batchesDone = 0;
      progress.value = 0;
      batches.textContent = '0';
      batchesLabel.textContent = 'Batches';
      speed.textContent = '–';
      timeLeft.textContent = '';
      accuracy.textContent = '';
      drawCurves();
    },
    show(event) {
      if (event.type === 'backend' || event.type === 'progress' || event.type === 'done')
        last = { ...last, [event.type]: event };
      if (event.type === 'tested' && event.full) last = { ...last, fullTest: event };
      switch (event.type) {
        case 'download':
          state.textContent = `Downloading the training digits: ${(event.received / 1e6).toFixed(1)} MB${
            event.total ? ` of ${(event.total / 1e6).toFixed(1)} MB` : ''
          }…`;
          break;
        case 'backend': {
          const measured = event.measurements
            .map((each) => `${each.backend} ${Math.round(each.samplesPerSecond).toLocaleString('en-US')} digits/s`)
            .join(', ');
          backend.textContent = backendInWords(event, self.crossOriginIsolated ? undefined : 'headers');
          // Whether a reload would help depends on the service worker, which the browser reports asynchronously.
          // The advice is for this page: a kept run shown again on an isolated page needs none.
          if (event.threadsIfIsolated && !self.crossOriginIsolated) {
            void isolationRoute().then((route) => {
              if (last.backend === event) backend.textContent = backendInWords(event, route);
            });
          }
          measuredBackends.textContent = `${measured || event.backend}; ${event.detail}.`;
          state.textContent = 'Training…';
          break;
        }
        case 'progress': {
          if (pausedAt !== undefined) pausedSeconds += (performance.now() - pausedAt) / 1000;
          pausedAt = undefined;
          recent.push(event.loss);
          if (recent.length > SMOOTHING) recent.shift();
          const x = event.epoch + (event.batch + 1) / event.batches;
          loss.push({ x, y: recent.reduce((a, b) => a + b, 0) / recent.length });
          batchesDone = event.epoch * event.batches + event.batch + 1;
          const total = Math.round(totalEpochs() * event.batches);
          progress.max = total;
          progress.value = Math.min(batchesDone, total);
          const recipe = current()?.recipe;
          // A recipe run updates after every digit; its "batches" are only how often it reports.
          batchesLabel.textContent = recipe ? 'Digits' : 'Batches';
          batches.textContent = recipe
            ? `${(event.epoch * recipe.patterns + digitsInPass(event, recipe)).toLocaleString('en-US')} of ${(recipe.passes * recipe.patterns).toLocaleString('en-US')}`
            : `${batchesDone.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
          speed.textContent = `${Math.round(event.samplesPerSecond).toLocaleString('en-US')} digits/s`;
          timeLeft.textContent = `About ${duration(secondsLeft(event, total))} left.`;
          state.textContent = `Training: ${whereInWords(event, current())}.`;
          drawCurves();
          break;
        }
        case 'tested':
          tests.push({ x: event.epochs, y: event.testAccuracy });
          // The headline is the full test only; the chart also has the quick tests, and says so in its caption.
          if (event.full)
            accuracy.textContent = `Test accuracy on all ${TEST_DIGITS} test digits, after ${
              current()?.recipe
                ? `${event.epochs} ${event.epochs === 1 ? 'pass' : 'passes'}`
                : `${event.epochs.toFixed(1)} epochs`
            }: ${percent(event.testAccuracy)}`;
          drawCurves();
          break;
        case 'paused': {
          pausedAt ??= performance.now();
          state.textContent = 'Paused.';
          const before = last.progress;
          const total = before && Math.round(totalEpochs() * before.batches);
          // The clock of the run stops while it waits; so does its estimate.
          timeLeft.textContent =
            before && total
              ? `Paused with about ${duration(secondsLeft(before, total))} of training left; press Resume to go on.`
              : 'Paused; press Resume to go on.';
          break;
        }
        case 'done':
          state.textContent = `Done in ${duration(event.seconds)}.`;
          timeLeft.textContent = '';
          tensors.textContent = String(event.tensors);
          break;
        case 'printed':
        case 'printed-end':
          printed.show(event);
          break;
        case 'samples':
          samples.show(event.digits, event.count);
          break;
        case 'stopped':
          tensors.textContent = `${event.tensors} after reset (${event.baseline} before training)`;
          break;
        default:
          break;
      }
    },
    history: (settings) => ({ settings, ...last, loss: [...loss], tests: [...tests] }),
    restore(run) {
      view.clear();
      for (const event of [run.backend, run.progress, run.fullTest]) if (event) view.show(event);
      loss.splice(0, loss.length, ...run.loss);
      tests.splice(0, tests.length, ...run.tests);
      last = { ...last, ...(run.done ? { done: run.done } : {}) };
      timeLeft.textContent = '';
      const kept = 'The run was kept in this browser; press Train to start a new one.';
      state.textContent = run.done
        ? `Done in ${duration(run.done.seconds)}. ${kept}`
        : `The page was left before the run ended; this is how far it went. ${kept}`;
      drawCurves();
    },
  };
  return view;
}
