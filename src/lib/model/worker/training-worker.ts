/// <reference lib="webworker" />
// The training loop in a Web Worker, so that the page keeps drawing while LeNet-5 learns.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { batchOf, fetchMnist, placeDigits, subset, type MnistSet, type Placement } from '../../mnist/index.ts';
import { perDigit } from '../loss.ts';
import { namedWeights } from '../named-weights.ts';
import { tf, type tfl } from '../tf.ts';
import { Trainer } from '../trainer.ts';
import { registerWasmTrainingKernels } from '../wasm-training-kernels.ts';
import { LaneTrainer } from '../../lanes/lane-trainer.ts';
import type { LaneHelperStart } from '../../lanes/helper.ts';
import type { LaneModule } from '../../lanes/kernels.ts';
import { accuracyOf, confusionOf } from './confusion.ts';
import { divergence } from './divergence.ts';
import { runPrinted } from './printed-training.ts';
import { trainByRecipe, type RecipeHost } from './recipe-training.ts';
import { chooseEngine } from './engine-choice.ts';
import { laneRefusalInWords } from '../../lanes/refusal-words.ts';
import { hasHardwareWebgl } from './hardware-gl.ts';
import { distortedSet, patternImages } from '../../mnist/distorted-set.ts';
import { laneThreadsFor, threadsIfIsolated, wasmThreadsFor } from './threads.ts';
import { QUICK_TEST_DIGITS, type FromWorker, type ToWorker, type TrainingSettings } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let paused = false;
let stopped = false;
/** Read through a call, since a message can set `stopped` while a run awaits. */
const isStopped = () => stopped;
/** How many digits of the batch, and how often, the reader is shown while distorting. */
const SAMPLE_DIGITS = 8;
const SAMPLES_EVERY_MS = 1000;
let training = false;
let wake: (() => void) | undefined;
let trainer: Trainer | undefined;
/** The tfjs copy of a network trained by the paper's recipe, which answers the pad instead of a trainer. */
let lent: { model: tfl.LayersModel; refresh: () => void; placement: Placement } | undefined;
let baseline = 0;

/** Lets pending messages (pause, stop, predict) in without the 4 ms clamp of nested timeouts. */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * How long the loop runs between looks at its messages: two frames, so that pause, stop and the pad's questions
 * wait at most that long, while a look per batch (a batch takes a few milliseconds) cost the run 4%, and one
 * a frame still 1.6% (npm run profile -- --run).
 */
const MESSAGES_EVERY_MS = 32;
let lastLook = 0;

async function gate(): Promise<void> {
  if (performance.now() - lastLook < MESSAGES_EVERY_MS) return;
  await yieldToMessages();
  lastLook = performance.now();
  while (paused && !stopped) {
    post({ type: 'paused' });
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** Samples per second of a short run on a throwaway trainer, after a warm-up. */
function probe(candidate: Trainer, settings: TrainingSettings, set: MnistSet): number {
  const batch = batchOf(
    set,
    Uint32Array.from({ length: settings.batchSize }, (_, i) => i),
    0,
    0,
    settings.placement,
  );
  // The first batches build kernels and warm the JavaScript up; timing them would understate the backend.
  const warmUp = 3;
  const timed = 5;
  try {
    for (let i = 0; i < warmUp; i++) candidate.trainBatch(batch);
    const start = performance.now();
    for (let i = 0; i < timed; i++) candidate.trainBatch(batch);
    return (timed * batch.count * 1000) / (performance.now() - start);
  } finally {
    candidate.dispose();
  }
}

function release(): void {
  trainer?.dispose();
  trainer = undefined;
  lent?.model.dispose();
  lent = undefined;
  post({ type: 'stopped', tensors: tf.memory().numTensors, baseline });
}

async function train(settings: TrainingSettings): Promise<void> {
  const onDownload = (received: number, total: number | undefined) => post({ type: 'download', received, total });
  const [trainSet, testSet] = await Promise.all([
    fetchMnist('train', fetch, onDownload, settings.dataPath),
    fetchMnist('test', fetch, undefined, settings.dataPath),
  ]);
  if (settings.recipe && settings.printed) {
    await runPrinted(settings, settings.recipe, trainSet, { post, gate, isStopped });
    return;
  }
  if (settings.recipe) {
    // The recipe's own arithmetic is in WebAssembly; tfjs only mirrors the weights for the pad, so its plainest backend will do.
    await tf.setBackend('cpu');
    baseline = tf.memory().numTensors;
    const host: RecipeHost = {
      post,
      gate,
      isStopped,
      lend: (model, refresh) => (lent = { model, refresh, placement: settings.placement }),
    };
    await trainByRecipe(settings, settings.recipe, { train: trainSet, test: testSet }, host);
    return;
  }
  await trainWithAdam(settings, trainSet, testSet);
}

/** What the run trains on: the lane engine, with its helper thread where there are threads, or tfjs alone. */
interface Engine {
  readonly lanes: LaneModule | undefined;
  readonly startHelper: ((start: LaneHelperStart) => Worker) | undefined;
}

/** Chooses the backend, measuring the candidates where there is a choice, and tells the page which and why. */
async function chooseBackend(settings: TrainingSettings, trainSet: MnistSet): Promise<Engine> {
  setWasmPaths(settings.wasmPath);
  registerWasmTrainingKernels();
  const isolated = scope.crossOriginIsolated;
  const cores = navigator.hardwareConcurrency || 1;
  if (isolated) setThreadsCount(wasmThreadsFor(isolated, cores));
  const gpu = settings.backend === 'auto' && hasHardwareWebgl();
  const choice = await chooseEngine(
    settings,
    isolated,
    gpu,
    (candidate) => probe(candidate, settings, trainSet),
    () => new Trainer(settings),
  );
  const laneThreads = laneThreadsFor(isolated, cores);
  const startHelper =
    laneThreads > 1
      ? (start: LaneHelperStart) => {
          const helper = new Worker(new URL('./lane-helper.js', import.meta.url), { type: 'module' });
          helper.postMessage(start);
          return helper;
        }
      : undefined;
  const useLanes = choice.backend === 'lanes';
  const threads = useLanes
    ? `${laneThreads} thread(s)`
    : choice.backend === 'wasm'
      ? `${getThreadsCount()} thread(s)`
      : 'GPU';
  const skipped =
    settings.backend === 'auto' && !gpu
      ? useLanes
        ? '; tfjs was not needed'
        : '; WebGL has no GPU here, so it was not tried'
      : '';
  const more = threadsIfIsolated(choice.backend, isolated, cores);
  post({
    type: 'backend',
    backend: choice.backend,
    measurements: choice.measurements,
    detail: `${threads}${skipped}`,
    ...(more ? { threadsIfIsolated: more } : {}),
    ...(choice.refusal ? { laneRefusal: laneRefusalInWords(choice.refusal) } : {}),
  });
  return { lanes: useLanes ? choice.lanes : undefined, startHelper };
}

/**
 * What the run shows the page besides its progress: its tests, quick or on every test digit, its weights
 * to keep after each epoch, and, while it distorts, a few of the digits it trains on, now and then.
 */
function runReports(
  current: Trainer,
  settings: TrainingSettings,
  sets: { train: MnistSet; test: MnistSet },
  clock: { started: number; batchesPerEpoch: number },
) {
  const { started, batchesPerEpoch } = clock;
  const seconds = () => (performance.now() - started) / 1000;
  const quickSet = subset(sets.test, 0, QUICK_TEST_DIGITS);
  let lastAccuracy = 0;
  // The reader sees what the distorted digits look like, a few at a time, without slowing the run.
  const enlarged = settings.distort ? distortedSet(sets.train, settings.seed, settings.distort) : undefined;
  let lastSamples = -Infinity;
  return {
    seconds,
    test(epoch: number, batch: number, full: boolean): void {
      const set = full ? sets.test : quickSet;
      const predictions = current.parts.time('tests', () => current.predict(set));
      const confusion = confusionOf(predictions, set);
      const accuracy = accuracyOf(confusion, set);
      const epochs = epoch + (batch + 1) / batchesPerEpoch;
      if (full) lastAccuracy = accuracy;
      post(
        {
          type: 'tested',
          epoch,
          batch,
          epochs,
          testAccuracy: accuracy,
          full,
          confusion,
          predictions,
          seconds: seconds(),
        },
        [predictions.buffer],
      );
    },
    keep(epoch: number, batch: number): void {
      const weights = current.withAveragedWeights(() => namedWeights(current.model));
      const epochs = epoch + (batch + 1) / batchesPerEpoch;
      post(
        { type: 'weights', epochs, testAccuracy: lastAccuracy, weights },
        weights.map((array) => array.data.buffer),
      );
    },
    samples(patterns: Uint32Array): void {
      if (!enlarged || performance.now() - lastSamples <= SAMPLES_EVERY_MS) return;
      lastSamples = performance.now();
      const shown = patterns.subarray(0, SAMPLE_DIGITS);
      const digits = patternImages(enlarged, shown);
      post({ type: 'samples', digits, count: shown.length }, [digits.buffer]);
    },
  };
}

/** Training with Adam on the backend chosen, epoch by epoch, tested and kept after each. */
async function trainWithAdam(settings: TrainingSettings, trainSet: MnistSet, testSet: MnistSet): Promise<void> {
  const { lanes, startHelper } = await chooseBackend(settings, trainSet);
  if (stopped) return;

  baseline = tf.memory().numTensors;
  const started = performance.now();
  const batchesPerEpoch = Math.floor(trainSet.count / settings.batchSize);
  const options = {
    ...settings,
    ...(settings.schedule === 'cosine' ? { cosineSteps: Math.round(settings.epochs * batchesPerEpoch) } : {}),
  };
  const current = (lanes && (await LaneTrainer.create(options, lanes, startHelper))) || new Trainer(options);
  trainer = current;
  const reports = runReports(current, settings, { train: trainSet, test: testSet }, { started, batchesPerEpoch });
  for (let epoch = 0; epoch < Math.ceil(settings.epochs) && !isStopped() && !current.finished; epoch++) {
    let lastBatch = -1;
    await current.trainEpoch(
      trainSet,
      ({ batch, batches, loss, samplesPerSecond, patterns }) => {
        const diverged = divergence(loss, epoch, batch, settings.learningRate);
        if (diverged) throw new Error(diverged);
        lastBatch = batch;
        // The last batch of a cosine run may fall mid-epoch; the reader should see it counted.
        if (batch % 5 === 0 || batch === batches - 1 || current.finished) {
          post({ type: 'progress', epoch, batch, batches, loss, samplesPerSecond, seconds: reports.seconds() });
        }
        if (settings.testEvery && batch > 0 && batch % settings.testEvery === 0) reports.test(epoch, batch, false);
        reports.samples(patterns);
        return !isStopped();
      },
      gate,
    );
    if (!isStopped())
      current.parts.time('messages', () => {
        reports.test(epoch, lastBatch, true);
        reports.keep(epoch, lastBatch);
      });
  }
  if (!isStopped())
    post({ type: 'done', seconds: reports.seconds(), tensors: tf.memory().numTensors, parts: current.parts.ms });
}

function scoresOf(digit: Uint8Array): number[] | undefined {
  lent?.refresh();
  const source = trainer ?? lent;
  if (!source) return undefined;
  const { placement } = source;
  const input = placeDigits(digit, 1, placement);
  const shape: [number, number, number, number] = [1, placement.input.height, placement.input.width, 1];
  const scores = () =>
    Array.from(tf.tidy(() => perDigit(source.model.predict(tf.tensor4d(input, shape)) as tf.Tensor).dataSync()));
  // The page asks the weights it is shown: the averaged ones, where the run keeps an average.
  return source instanceof Trainer ? source.withAveragedWeights(scores) : scores();
}

/** Always answers, so that the page never waits on a question the worker could not take. */
function predict(id: number, digit: Uint8Array): void {
  let scores: number[] | undefined;
  try {
    scores = scoresOf(digit);
  } catch (error) {
    console.error(error);
  }
  post({ type: 'prediction', id, scores });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      paused = false;
      stopped = false;
      training = true;
      train(message.settings)
        .catch((error: unknown) =>
          post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => {
          training = false;
          if (stopped) release();
        });
      break;
    case 'pause':
      paused = true;
      break;
    case 'resume':
      paused = false;
      wake?.();
      break;
    case 'stop':
      stopped = true;
      wake?.();
      if (!training) release();
      break;
    case 'predict':
      predict(message.id, message.digit);
      break;
  }
};
