import { BUILT_PRESETS } from '../../src/lib/lenet/networks/registry.ts';
import type { Experiment, ExperimentRun } from '../../src/lib/experiments/experiments.ts';
import { shuffledIndices, type MnistSet } from '../../src/lib/mnist/dataset.ts';
import { SITE_DISTORTIONS } from '../../src/lib/mnist/distortion-ranges.ts';
import { MNIST_SIDE } from '../../src/lib/mnist/placement.ts';
import { saveModel } from '../../src/lib/model/artifacts.ts';
import { accuracyOf, Trainer, type TrainerOptions } from '../../src/lib/model/trainer.ts';
import { useBackend } from './backend.ts';
import { loadMnist } from './mnist-files.ts';
import { writeSavedModel } from './model-files.ts';
import { nodeLaneTrainer } from './node-lanes.ts';

/** `count` training digits chosen at random by `seed`, or all of them. */
function trainingDigits(all: MnistSet, count: number, seed: number): MnistSet {
  if (count >= all.count) return all;
  const chosen = shuffledIndices(all.count, seed * 31 + 7).subarray(0, count);
  const pixels = MNIST_SIDE * MNIST_SIDE;
  const images = new Uint8Array(count * pixels);
  const labels = new Uint8Array(count);
  chosen.forEach((index, i) => {
    images.set(all.images.subarray(index * pixels, (index + 1) * pixels), i * pixels);
    labels[i] = all.labels[index]!;
  });
  return { count, images, labels };
}

/** Trains one seed of an experiment on the lane engine (two threads) and measures it; writes the model to `keep`. */
export async function trainExperiment(experiment: Experiment, seed: number, keep?: string): Promise<ExperimentRun> {
  await useBackend('cpu');
  const built = BUILT_PRESETS.find((each) => each.id === 'lenet5' && each.preset === experiment.preset)!;
  const train = trainingDigits(loadMnist('train'), experiment.trainDigits, seed);
  const test = loadMnist('test');
  const options: TrainerOptions = {
    network: built.network,
    batchSize: experiment.batchSize,
    learningRate: experiment.learningRate,
    seed,
    maxShift: experiment.maxShift,
    cosineSteps: experiment.epochs * Math.floor(train.count / experiment.batchSize),
    ...(experiment.distort ? { distort: SITE_DISTORTIONS } : {}),
  };
  const lanes = await nodeLaneTrainer(options, 2);
  const trainer = lanes ?? new Trainer(options);
  const started = performance.now();
  let trained = 0;
  for (let epoch = 0; epoch < experiment.epochs && !trainer.finished; epoch++) {
    let batches = 0;
    await trainer.trainEpoch(train, ({ batch }) => void (batches = batch + 1));
    trained += batches * experiment.batchSize;
  }
  const engine = lanes ? `lanes, ${lanes.engine.threads} thread(s)` : 'tfjs cpu';
  const seconds = (performance.now() - started) / 1000;
  const testError = 1 - accuracyOf(trainer.predict(test), test);
  const trainError = 1 - accuracyOf(trainer.predict(train), train);
  if (keep) {
    const metadata = {
      network: 'lenet5',
      preset: experiment.preset,
      experiment,
      seed,
      testError,
      trainError,
      backend: engine,
    };
    writeSavedModel(keep, await saveModel(trainer.model, metadata));
  }
  trainer.dispose();
  return { seed, testError, trainError, seconds, samplesPerSecond: trained / seconds, engine };
}
