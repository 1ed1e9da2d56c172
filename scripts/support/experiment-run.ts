import { BUILT_PRESETS } from '../../src/lib/lenet/networks/registry.ts';
import type { Experiment, ExperimentRun } from '../../src/lib/experiments/experiments.ts';
import { shuffledIndices, type MnistSet } from '../../src/lib/mnist/dataset.ts';
import { scaledDistortions, SITE_DISTORTIONS } from '../../src/lib/mnist/distortion-ranges.ts';
import { MNIST_SIDE } from '../../src/lib/mnist/placement.ts';
import { saveModel } from '../../src/lib/model/artifacts.ts';
import { accuracyOf, Trainer, type TrainerOptions } from '../../src/lib/model/trainer.ts';
import { useBackend } from './backend.ts';
import { loadMnist } from './mnist-files.ts';
import { writeSavedModel } from './model-files.ts';
import { nodeLaneTrainer } from './node-lanes.ts';
import { HELD_OUT_DIGITS, HELD_OUT_SEED } from '../../src/lib/experiments/tuning.ts';

/** The digits of `all` at `chosen`, in that order. */
function digitsAt(all: MnistSet, chosen: Uint32Array): MnistSet {
  const count = chosen.length;
  const pixels = MNIST_SIDE * MNIST_SIDE;
  const images = new Uint8Array(count * pixels);
  const labels = new Uint8Array(count);
  chosen.forEach((index, i) => {
    images.set(all.images.subarray(index * pixels, (index + 1) * pixels), i * pixels);
    labels[i] = all.labels[index]!;
  });
  return { count, images, labels };
}

/** `count` training digits chosen at random by `seed`, or all of them. */
function trainingDigits(all: MnistSet, count: number, seed: number): MnistSet {
  if (count >= all.count) return all;
  return digitsAt(all, shuffledIndices(all.count, seed * 31 + 7).subarray(0, count));
}

/** The training set split once, the same way for every run: HELD_OUT_DIGITS to choose settings on, and the rest. */
export function heldOutSplit(all: MnistSet): { rest: MnistSet; heldOut: MnistSet } {
  const order = shuffledIndices(all.count, HELD_OUT_SEED);
  return {
    heldOut: digitsAt(all, order.subarray(0, HELD_OUT_DIGITS)),
    rest: digitsAt(all, order.subarray(HELD_OUT_DIGITS)),
  };
}

/** How a run is measured: on the test digits, or, to choose settings, on held-out training digits. */
export interface RunPlan {
  readonly keep?: string;
  /** Train on all but HELD_OUT_DIGITS of the training digits and measure on those; the test digits are not read. */
  readonly heldOut?: boolean;
}

/**
 * Trains one seed of an experiment on the lane engine (two threads) and measures it, on the test digits or
 * (`heldOut`) on held-out training digits, which `testError` then gives; writes the model to `keep`.
 */
export async function trainExperiment(
  experiment: Experiment,
  seed: number,
  { keep, heldOut }: RunPlan = {},
): Promise<ExperimentRun> {
  await useBackend('cpu');
  const built = BUILT_PRESETS.find((each) => each.id === 'lenet5' && each.preset === experiment.preset)!;
  const split = heldOut ? heldOutSplit(loadMnist('train')) : undefined;
  const train = trainingDigits(split?.rest ?? loadMnist('train'), experiment.trainDigits, seed);
  const test = split?.heldOut ?? loadMnist('test');
  const options: TrainerOptions = {
    network: built.network,
    batchSize: experiment.batchSize,
    learningRate: experiment.learningRate,
    seed,
    maxShift: experiment.maxShift,
    cosineSteps: experiment.epochs * Math.floor(train.count / experiment.batchSize),
    ...(experiment.distort ? { distort: scaledDistortions(SITE_DISTORTIONS, experiment.distortStrength ?? 1) } : {}),
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
      epochs: experiment.epochs,
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
