import { PAPER_TRAINING } from '../../lib/paper/training.ts';
import type { FromWorker } from '../../lib/model/worker/protocol.ts';
import { drawCurve, type CurvePoint } from '../../lib/viz/index.ts';
import { duration, percent, required } from '../dom.ts';

/** Loss points are averaged over this many reports, so the curve shows the trend rather than batch noise. */
const SMOOTHING = 8;

const TEST_DIGITS = PAPER_TRAINING.testDigits.toLocaleString('en-US');

const DEVICES: Record<string, string> = {
  lanes: 'your CPU with WebAssembly SIMD, four digits at a time',
  wasm: 'your CPU with WebAssembly',
  webgl: 'your GPU with WebGL',
  cpu: 'your CPU in plain JavaScript',
};

/** "Training on your CPU with WebAssembly, 2 threads: about 2,700 digits/s", from the worker's report. */
function backendInWords(event: Extract<FromWorker, { type: 'backend' }>): string {
  const device = DEVICES[event.backend] ?? event.backend;
  const threads = /^(\d+) thread/.exec(event.detail)?.[1];
  const threadText = threads ? `, ${threads} ${threads === '1' ? 'thread' : 'threads'}` : '';
  const chosen = event.measurements.find((each) => each.backend === event.backend);
  const speed = chosen ? `: about ${Math.round(chosen.samplesPerSecond).toLocaleString('en-US')} digits/s` : '';
  return `Training on ${device}${threadText}${speed}`;
}

export interface TrainView {
  show(event: FromWorker): void;
  clear(): void;
}

export function trainView(root: ParentNode, totalEpochs: () => number): TrainView {
  const state = required(root, '#train-state');
  const backend = required(root, '#train-backend');
  const measuredBackends = required(root, '#train-measured');
  const speed = required(root, '#train-speed');
  const batches = required(root, '#train-batches');
  const tensors = required(root, '#train-tensors');
  const progress = required<HTMLProgressElement>(root, '#train-progress');
  const timeLeft = required(root, '#train-time-left');
  const accuracy = required(root, '#train-accuracy');
  const lossSvg = required<SVGSVGElement>(root, '#curve-loss');
  const accuracySvg = required<SVGSVGElement>(root, '#curve-accuracy');
  const loss: CurvePoint[] = [];
  const recent: number[] = [];
  const tests: CurvePoint[] = [];
  let batchesDone = 0;

  const drawCurves = () => {
    drawCurve(lossSvg, {
      title: 'Training loss',
      points: loss,
      formatY: (value) => value.toFixed(value >= 10 ? 0 : 2),
    });
    drawCurve(accuracySvg, {
      title: 'Test accuracy',
      points: tests,
      yDomain: [0.8, 1],
      formatY: (value) => percent(value, 0),
    });
  };
  drawCurves();

  return {
    clear() {
      loss.length = 0;
      recent.length = 0;
      tests.length = 0;
      batchesDone = 0;
      progress.value = 0;
      batches.textContent = '0';
      speed.textContent = '–';
      timeLeft.textContent = '';
      accuracy.textContent = '';
      drawCurves();
    },
    show(event) {
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
          backend.textContent = backendInWords(event);
          measuredBackends.textContent = `${measured || event.backend}; ${event.detail}.`;
          state.textContent = 'Training…';
          break;
        }
        case 'progress': {
          recent.push(event.loss);
          if (recent.length > SMOOTHING) recent.shift();
          const x = event.epoch + (event.batch + 1) / event.batches;
          loss.push({ x, y: recent.reduce((a, b) => a + b, 0) / recent.length });
          batchesDone = event.epoch * event.batches + event.batch + 1;
          const total = Math.round(totalEpochs() * event.batches);
          progress.max = total;
          progress.value = Math.min(batchesDone, total);
          batches.textContent = `${batchesDone.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
          speed.textContent = `${Math.round(event.samplesPerSecond).toLocaleString('en-US')} digits/s`;
          const perBatch = event.seconds / Math.max(batchesDone, 1);
          timeLeft.textContent = `About ${duration((total - batchesDone) * perBatch)} left.`;
          state.textContent = `Training: epoch ${event.epoch + 1}, batch ${(event.batch + 1).toLocaleString('en-US')} of ${event.batches.toLocaleString('en-US')}.`;
          drawCurves();
          break;
        }
        case 'tested':
          tests.push({ x: event.epochs, y: event.testAccuracy });
          // The headline is the full test only; the chart also has the quick tests, and says so in its caption.
          if (event.full)
            accuracy.textContent = `Test accuracy on all ${TEST_DIGITS} test digits, after ${event.epochs.toFixed(1)} epochs: ${percent(event.testAccuracy)}`;
          drawCurves();
          break;
        case 'paused':
          state.textContent = 'Paused.';
          break;
        case 'done':
          state.textContent = `Done in ${duration(event.seconds)}.`;
          timeLeft.textContent = '';
          tensors.textContent = String(event.tensors);
          break;
        case 'stopped':
          tensors.textContent = `${event.tensors} after reset (${event.baseline} before training)`;
          break;
        default:
          break;
      }
    },
  };
}
