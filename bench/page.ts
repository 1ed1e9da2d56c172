// The benchmark page: every peer trains the same modern LeNet-5 on the same digits, one after another.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import convnetjs from 'convnetjs';
import { preset } from '../src/lib/lenet/index.ts';
import { batchOf, fetchMnist, subset, type Batch } from '../src/lib/mnist/index.ts';
import { buildModel } from '../src/lib/model/build.ts';
import { tf } from '../src/lib/model/tf.ts';
import { Trainer } from '../src/lib/model/trainer.ts';
import { registerWasmTrainingKernels } from '../src/lib/model/wasm-training-kernels.ts';
import type { TrainingSettings } from '../src/lib/model/worker/protocol.ts';
import { TrainingClient } from '../src/lib/model/worker/training-client.ts';

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
  const start = performance.now();
  for (const batch of data) trainer.trainBatch(batch);
  const seconds = (performance.now() - start) / 1000;
  const digit = tf.tensor4d(data[0]!.inputs.subarray(0, 1024), [1, 32, 32, 1]);
  const inferMs = await inferenceMs(() => {
    const output = trainer.model.predict(digit) as tf.Tensor;
    output.dataSync();
    output.dispose();
  });
  digit.dispose();
  trainer.dispose();
  const samples = data.length * data[0]!.count;
  const name = 'lenet5-explorer';
  return {
    name,
    backend: `wasm, ${threads} thread(s)`,
    trainSamplesPerSec: samples / seconds,
    inferMsPerDigit: inferMs,
  };
}

async function stockTfjs(backend: 'cpu' | 'webgl', data: Batch[]): Promise<BenchResult> {
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs could not start its ${backend} backend`);
  const model = buildModel(preset('modern'), { height: 32, width: 32 }, { seed: 1 });
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'sparseCategoricalCrossentropy' });
  const run = async (batch: Batch) => {
    const x = tf.tensor4d(batch.inputs, [batch.count, 32, 32, 1]);
    const y = tf.tensor1d(batch.labels, 'float32');
    await model.trainOnBatch(x, y);
    tf.dispose([x, y]);
  };
  await run(data[0]!);
  const start = performance.now();
  for (const batch of data) await run(batch);
  const seconds = (performance.now() - start) / 1000;
  const digit = tf.tensor4d(data[0]!.inputs.subarray(0, 1024), [1, 32, 32, 1]);
  const inferMs = await inferenceMs(async () => {
    const output = model.predict(digit) as tf.Tensor;
    await output.data();
    output.dispose();
  });
  digit.dispose();
  model.dispose();
  const samples = data.length * data[0]!.count;
  return { name: `tfjs-${backend}`, backend, trainSamplesPerSec: samples / seconds, inferMsPerDigit: inferMs };
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
  const start = performance.now();
  for (const { volume, label } of volumes) trainer.train(volume, label);
  const seconds = (performance.now() - start) / 1000;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const begin = performance.now();
    net.forward(volumes[i % volumes.length]!.volume);
    times.push(performance.now() - begin);
  }
  return {
    name: 'convnetjs',
    backend: 'plain JavaScript',
    trainSamplesPerSec: volumes.length / seconds,
    inferMsPerDigit: median(times),
  };
}

async function runBench(config: BenchConfig): Promise<BenchResult[]> {
  setWasmPaths('/wasm/');
  const train = subset(await fetchMnist('train'), 0, config.batches * config.batchSize);
  const data = batches(config.batches, config.batchSize, train);
  const threads = self.crossOriginIsolated ? Math.min(navigator.hardwareConcurrency || 1, 4) : 1;
  const results: BenchResult[] = [await projectTrainer(data, threads)];
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

export interface TimeToAccuracy {
  backend: string;
  target: number;
  reached: boolean;
  accuracy: number;
  /** Seconds of training until the first test at or above the target (or to the end). */
  seconds: number;
  /** Seconds from pressing start: download, backend choice and training. */
  wallSeconds: number;
  samplesPerSecond: number;
  tests: { seconds: number; accuracy: number }[];
}

/** Trains in the site's Web Worker, as a reader would, until the test accuracy reaches `target`. */
function timeToAccuracy(settings: TrainingSettings, target: number): Promise<TimeToAccuracy> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const result: TimeToAccuracy = {
      backend: '',
      target,
      reached: false,
      accuracy: 0,
      seconds: 0,
      wallSeconds: 0,
      samplesPerSecond: 0,
      tests: [],
    };
    const client = new TrainingClient(
      () => new Worker('/worker.js', { type: 'module' }),
      (event) => {
        if (event.type === 'backend') result.backend = event.backend;
        if (event.type === 'progress') result.samplesPerSecond = event.samplesPerSecond;
        if (event.type === 'error') reject(new Error(event.message));
        if (event.type === 'tested') {
          result.tests.push({ seconds: event.seconds, accuracy: event.testAccuracy });
          result.accuracy = event.testAccuracy;
          result.seconds = event.seconds;
          if (event.testAccuracy >= target) result.reached = true;
        }
        if ((event.type === 'tested' && result.reached) || event.type === 'done') {
          result.wallSeconds = (performance.now() - began) / 1000;
          client.reset();
          resolve(result);
        }
      },
    );
    client.start(settings);
  });
}

(window as unknown as { timeToAccuracy: typeof timeToAccuracy }).timeToAccuracy = timeToAccuracy;
