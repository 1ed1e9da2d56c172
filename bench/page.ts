// The benchmark page: every peer trains the same modern LeNet-5 on the same digits, one after another.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import convnetjs from 'convnetjs';
import { preset } from '../src/lib/lenet/index.ts';
import { batchOf, fetchMnist, subset, type Batch } from '../src/lib/mnist/index.ts';
import { stockModernLeNet5 } from '../src/lib/model/stock-modern.ts';
import { tf } from '../src/lib/model/tf.ts';
import { Trainer } from '../src/lib/model/trainer.ts';
import { registerWasmTrainingKernels } from '../src/lib/model/wasm-training-kernels.ts';
import type { RunPartTimes } from '../src/lib/model/run-parts.ts';
import type { TrainingSettings } from '../src/lib/model/worker/protocol.ts';
import { TrainingClient } from '../src/lib/model/worker/training-client.ts';
import type { LaneBenchReply, LaneBenchRequest } from './lane-worker.ts';

export interface BenchResult {
  name: string;
  backend: string;
  trainSamplesPerSec: number;
  inferMsPerDigit: number;
}

interface BenchConfig {
  batches: number;
  batchSize: number;
  convnetSamples: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function batches(count: number, size: number, set: Parameters<typeof batchOf>[0]): Batch[] {
  return Array.from({ length: count }, (_, b) =>
    batchOf(
      set,
      Uint32Array.from({ length: size }, (_, i) => b * size + i),
    ),
  );
}

/**
 * Samples per second over three equal runs of the batches, the median of the three:
 * this machine's timings wander, and a median resists one slow stretch.
 */
async function medianRate(data: Batch[], step: (batch: Batch) => unknown): Promise<number> {
  const third = Math.max(1, Math.floor(data.length / 3));
  const rates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const slice = data.slice(run * third, (run + 1) * third);
    const start = performance.now();
    for (const batch of slice) await step(batch);
    rates.push((slice.length * slice[0]!.count * 1000) / (performance.now() - start));
  }
  return median(rates);
}

async function inferenceMs(predict: () => Promise<void> | void): Promise<number> {
  for (let i = 0; i < 3; i++) await predict();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await predict();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function projectTrainer(data: Batch[], threads: number): Promise<BenchResult> {
  registerWasmTrainingKernels();
  if (threads > 1) setThreadsCount(threads);
  await tf.setBackend('wasm');
  const trainer = new Trainer({ network: preset('modern'), batchSize: data[0]!.count, learningRate: 0.001, seed: 1 });
  trainer.trainBatch(data[0]!);
  const rate = await medianRate(data, (batch) => trainer.trainBatch(batch));
  const digit = tf.tensor4d(data[0]!.inputs.subarray(0, 1024), [1, 32, 32, 1]);
  const inferMs = await inferenceMs(() => {
    const output = trainer.model.predict(digit) as tf.Tensor;
    output.dataSync();
    output.dispose();
  });
  digit.dispose();
  trainer.dispose();
  return {
    name: 'lenet5-explorer-tfjs',
    backend: `tfjs wasm, ${threads} thread(s)`,
    trainSamplesPerSec: rate,
    inferMsPerDigit: inferMs,
  };
}

/** The playground's trainer as the playground runs it: the lane engine in a worker, with its helper thread where the page is isolated. */
function laneTrainer(config: BenchConfig): Promise<BenchResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker('/lane-bench.js', { type: 'module' });
    worker.onmessage = (event: MessageEvent<LaneBenchReply | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) {
        reject(new Error(event.data.error));
        return;
      }
      const { threads, rates, inferMs } = event.data;
      resolve({
        name: 'lenet5-explorer',
        backend: `lanes: wasm SIMD, ${threads} thread(s)`,
        trainSamplesPerSec: median(rates),
        inferMsPerDigit: median(inferMs),
      });
    };
    worker.postMessage({ batches: config.batches, batchSize: config.batchSize } satisfies LaneBenchRequest);
  });
}

async function stockTfjs(backend: 'cpu' | 'webgl', data: Batch[]): Promise<BenchResult> {
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs could not start its ${backend} backend`);
  const model = stockModernLeNet5();
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'sparseCategoricalCrossentropy' });
  const run = async (batch: Batch) => {
    const x = tf.tensor4d(batch.inputs, [batch.count, 32, 32, 1]);
    const y = tf.tensor1d(batch.labels, 'float32');
    await model.trainOnBatch(x, y);
    tf.dispose([x, y]);
  };
  await run(data[0]!);
  const rate = await medianRate(data, run);
  const digit = tf.tensor4d(data[0]!.inputs.subarray(0, 1024), [1, 32, 32, 1]);
  const inferMs = await inferenceMs(async () => {
    const output = model.predict(digit) as tf.Tensor;
    await output.data();
    output.dispose();
  });
  digit.dispose();
  model.dispose();
  return { name: `tfjs-${backend}`, backend, trainSamplesPerSec: rate, inferMsPerDigit: inferMs };
}

function convnet(data: Batch[], samples: number): BenchResult {
  const net = new convnetjs.Net();
  net.makeLayers([
    { type: 'input', out_sx: 32, out_sy: 32, out_depth: 1 },
    { type: 'conv', sx: 5, filters: 6, stride: 1, pad: 0, activation: 'tanh' },
    { type: 'pool', sx: 2, stride: 2 },
    { type: 'conv', sx: 5, filters: 16, stride: 1, pad: 0, activation: 'tanh' },
    { type: 'pool', sx: 2, stride: 2 },
    { type: 'conv', sx: 5, filters: 120, stride: 1, pad: 0, activation: 'tanh' },
    { type: 'fc', num_neurons: 84, activation: 'tanh' },
    { type: 'softmax', num_classes: 10 },
  ]);
  const trainer = new convnetjs.Trainer(net, { method: 'adam', batch_size: data[0]!.count, learning_rate: 0.001 });
  const volumes = data
    .flatMap((batch) =>
      Array.from({ length: batch.count }, (_, i) => {
        const volume = new convnetjs.Vol(32, 32, 1, 0);
        volume.w.set(batch.inputs.subarray(i * 1024, (i + 1) * 1024));
        return { volume, label: batch.labels[i]! };
      }),
    )
    .slice(0, samples);
  // A warm-up pass first, so that the three timed runs measure compiled code, as the other peers' do.
  for (const { volume, label } of volumes.slice(0, 64)) trainer.train(volume, label);
  const third = Math.floor(volumes.length / 3);
  const rates = [0, 1, 2].map((run) => {
    const start = performance.now();
    for (const { volume, label } of volumes.slice(run * third, (run + 1) * third)) trainer.train(volume, label);
    return (third * 1000) / (performance.now() - start);
  });
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const begin = performance.now();
    net.forward(volumes[i % volumes.length]!.volume);
    times.push(performance.now() - begin);
  }
  return {
    name: 'convnetjs',
    backend: 'plain JavaScript',
    trainSamplesPerSec: median(rates),
    inferMsPerDigit: median(times),
  };
}

/** How many more batches the lane engine's raw rate is measured on than the slower trainers. */
const LANE_BATCHES_FACTOR = 5;

async function runBench(config: BenchConfig): Promise<BenchResult[]> {
  setWasmPaths('/wasm/');
  const train = subset(await fetchMnist('train'), 0, config.batches * config.batchSize);
  const data = batches(config.batches, config.batchSize, train);
  const threads = self.crossOriginIsolated ? Math.min(navigator.hardwareConcurrency || 1, 4) : 1;
  // The lane engine's rate is what a real run is measured against: five times the batches, so that it steadies.
  const results: BenchResult[] = [
    await laneTrainer({ ...config, batches: config.batches * LANE_BATCHES_FACTOR }),
    await projectTrainer(data, threads),
  ];
  for (const backend of ['cpu', 'webgl'] as const) {
    try {
      results.push(await stockTfjs(backend, data.slice(0, Math.max(4, Math.floor(config.batches / 4)))));
    } catch (error) {
      results.push({
        name: `tfjs-${backend}`,
        backend: `failed: ${(error as Error).message}`,
        trainSamplesPerSec: 0,
        inferMsPerDigit: 0,
      });
    }
  }
  results.push(convnet(data, config.convnetSamples));
  return results;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
(window as unknown as { runLanes: typeof laneTrainer }).runLanes = laneTrainer;

/**
 * On a page served without COOP and COEP (a reader's first visit to a plain static
 * host): the lane engine on one thread beside what the playground trained on there
 * before it, tfjs's wasm backend on one thread.
 */
async function runHeaderless(config: BenchConfig): Promise<BenchResult[]> {
  if (self.crossOriginIsolated) throw new Error('This page is cross-origin isolated; serve it without COOP and COEP.');
  setWasmPaths('/wasm/');
  const train = subset(await fetchMnist('train'), 0, config.batches * config.batchSize);
  return [
    await laneTrainer({ ...config, batches: config.batches * LANE_BATCHES_FACTOR }),
    await projectTrainer(batches(config.batches, config.batchSize, train), 1),
  ];
}

(window as unknown as { runHeaderless: typeof runHeaderless }).runHeaderless = runHeaderless;

export interface TimeToAccuracy {
  backend: string;
  target: number;
  reached: boolean;
  accuracy: number;
  /** Seconds of training until the first test at or above the target (or to the end). */
  seconds: number;
  /** The full test at the end of the run, and when it came. */
  finalAccuracy: number;
  finalSeconds: number;
  /** Seconds from pressing start: download, backend choice and training. */
  wallSeconds: number;
  samplesPerSecond: number;
  /** Frames the page drew per second while the worker trained: the point of the worker. */
  pageFramesPerSecond: number;
  tests: { seconds: number; accuracy: number }[];
  /** Where the training's time went, part by part, and the whole run (`run`), in milliseconds. */
  parts?: RunPartTimes & { readonly run: number };
}

/** Counts animation frames until `stop` is called. */
function frameCounter(): () => number {
  let frames = 0;
  let running = true;
  const began = performance.now();
  const tick = () => {
    frames++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    return (frames * 1000) / (performance.now() - began);
  };
}

/** Trains in the site's Web Worker, as a reader would, until the test accuracy reaches `target`. */
function timeToAccuracy(settings: TrainingSettings, target: number): Promise<TimeToAccuracy> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    let stopFrames: (() => number) | undefined;
    const result: TimeToAccuracy = {
      backend: '',
      target,
      reached: false,
      accuracy: 0,
      seconds: 0,
      finalAccuracy: 0,
      finalSeconds: 0,
      wallSeconds: 0,
      samplesPerSecond: 0,
      pageFramesPerSecond: 0,
      tests: [],
    };
    const client = new TrainingClient(
      () => new Worker('/worker.js', { type: 'module' }),
      (event) => {
        if (event.type === 'backend') {
          result.backend = event.backend;
          stopFrames = frameCounter();
        }
        if (event.type === 'progress') result.samplesPerSecond = event.samplesPerSecond;
        if (event.type === 'error') reject(new Error(event.message));
        if (event.type === 'tested' && event.full) {
          result.tests.push({ seconds: event.seconds, accuracy: event.testAccuracy });
          result.finalAccuracy = event.testAccuracy;
          result.finalSeconds = event.seconds;
          if (!result.reached) {
            result.accuracy = event.testAccuracy;
            result.seconds = event.seconds;
            result.reached = event.testAccuracy >= target;
          }
        }
        if (event.type === 'done') {
          if (event.parts) result.parts = { ...event.parts, run: event.seconds * 1000 };
          result.wallSeconds = (performance.now() - began) / 1000;
          result.pageFramesPerSecond = stopFrames?.() ?? 0;
          client.reset();
          resolve(result);
        }
      },
    );
    client.start(settings);
  });
}

(window as unknown as { timeToAccuracy: typeof timeToAccuracy }).timeToAccuracy = timeToAccuracy;
