/// <reference lib="webworker" />
// The training loop in a Web Worker, so that the page keeps drawing while LeNet-5 learns.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { lenet5 } from '../../lenet/lenet5.ts';
import { PRESETS } from '../../lenet/switches.ts';
import { batchOf, fetchMnist, type MnistSet } from '../../mnist/index.ts';
import { chooseBackend } from '../backend-choice.ts';
import { tf } from '../tf.ts';
import { Trainer } from '../trainer.ts';
import { registerWasmTrainingKernels } from '../wasm-training-kernels.ts';
import type { FromWorker, ToWorker, TrainingSettings } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

let paused = false;
let stopped = false;
let wake: (() => void) | undefined;

/** Lets pending messages (pause, stop) in without the 4 ms clamp of nested timeouts. */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function gate(): Promise<void> {
  await yieldToMessages();
  while (paused && !stopped) {
    post({ type: 'paused' });
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

function network(settings: TrainingSettings) {
  return lenet5({ ...PRESETS[settings.variant], ...(settings.c3Table ? { c3Table: settings.c3Table } : {}) });
}

function confusionOf(predictions: Uint8Array, set: MnistSet): number[] {
  const confusion = new Array<number>(100).fill(0);
  for (let i = 0; i < set.count; i++) confusion[set.labels[i]! * 10 + predictions[i]!]!++;
  return confusion;
}

async function probe(settings: TrainingSettings, set: MnistSet): Promise<number> {
  const trainer = new Trainer({ ...settings, network: network(settings) });
  const batch = batchOf(
    set,
    Uint32Array.from({ length: settings.batchSize }, (_, i) => i),
  );
  try {
    trainer.trainBatch(batch);
    const start = performance.now();
    for (let i = 0; i < 3; i++) trainer.trainBatch(batch);
    return (3 * batch.count * 1000) / (performance.now() - start);
  } finally {
    trainer.dispose();
  }
}

async function train(settings: TrainingSettings): Promise<void> {
  setWasmPaths(settings.wasmPath);
  registerWasmTrainingKernels();
  if (scope.crossOriginIsolated) setThreadsCount(Math.min(navigator.hardwareConcurrency || 1, 4));
  const onDownload = (received: number, total: number | undefined) => post({ type: 'download', received, total });
  const [trainSet, testSet] = await Promise.all([
    fetchMnist('train', fetch, onDownload, settings.dataPath),
    fetchMnist('test', fetch, undefined, settings.dataPath),
  ]);
  const candidates = settings.backend === 'auto' ? ['webgl', 'wasm'] : [settings.backend];
  const choice = await chooseBackend(candidates, () => probe(settings, trainSet));
  post({ type: 'backend', ...choice });

  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const batchesPerEpoch = Math.floor(trainSet.count / settings.batchSize);
  const trainer = new Trainer({
    ...settings,
    network: network(settings),
    ...(settings.schedule === 'cosine' ? { cosineSteps: Math.round(settings.epochs * batchesPerEpoch) } : {}),
  });
  const test = (epoch: number, batch: number) => {
    const predictions = trainer.predict(testSet);
    const confusion = confusionOf(predictions, testSet);
    const correct = confusion.filter((_, index) => index % 11 === 0).reduce((sum, count) => sum + count, 0);
    post({ type: 'tested', epoch, batch, testAccuracy: correct / testSet.count, confusion, seconds: seconds() });
  };
  try {
    for (let epoch = 0; epoch < Math.ceil(settings.epochs) && !stopped && !trainer.finished; epoch++) {
      let lastBatch = -1;
      await trainer.trainEpoch(
        trainSet,
        ({ batch, batches, loss, samplesPerSecond }) => {
          lastBatch = batch;
          if (batch % 5 === 0 || batch === batches - 1) {
            post({ type: 'progress', epoch, batch, batches, loss, samplesPerSecond, seconds: seconds() });
          }
          if (settings.testEvery && batch > 0 && batch % settings.testEvery === 0) test(epoch, batch);
          return !stopped;
        },
        gate,
      );
      if (!stopped) test(epoch, lastBatch);
    }
  } finally {
    trainer.dispose();
  }
  post({ type: 'done', seconds: seconds(), tensors: tf.memory().numTensors });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      paused = false;
      stopped = false;
      train(message.settings).catch((error: unknown) =>
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
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
      break;
  }
};
