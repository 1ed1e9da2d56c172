import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { laneModule } from '../../../scripts/support/lane-binaries.ts';
import { LaneTrainer } from '../lanes/lane-trainer.ts';
import { preset } from '../lenet/lenet5.ts';
import { batchOf } from '../mnist/index.ts';
import { namedWeights } from './named-weights.ts';
import { realMnist } from './test-support.ts';
import { tf } from './tf.ts';
import { Trainer, type TrainerOptions } from './trainer.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs `steps` batches without training a thing, to read the rate the next batch gets. */
function rateAfter(options: Partial<TrainerOptions>, steps: number): number {
  const trainer = new Trainer({ network: preset('modern'), batchSize: 4, learningRate: 0.004, seed: 1, ...options });
  // The schedule reads only the count of steps; skip the steps' work.
  (trainer as unknown as { step: () => number }).step = () => 0;
  const batch = batchOf(realMnist('train', 4), Uint32Array.of(0, 1, 2, 3), 0, 0);
  for (let step = 0; step < steps; step++) trainer.trainBatch(batch);
  const rate = trainer.scheduledRate();
  trainer.dispose();
  return rate;
}

const RATE = 0.004;
// Warm-up over W = 100 batches of a 1,100-batch cosine: rate x (step + 1) / W, then half a cosine over the other 1,000.
const cosine = (into: number, span: number) => RATE * 0.5 * (1 + Math.cos((Math.PI * into) / span));

describe('the learning-rate schedule by step', () => {
  it.each([
    { label: 'warm-up, first batch', options: { warmupSteps: 100, cosineSteps: 1100 }, step: 0, rate: RATE / 100 },
    { label: 'warm-up, half-way', options: { warmupSteps: 100, cosineSteps: 1100 }, step: 50, rate: RATE * 0.51 },
    { label: 'warm-up, last batch', options: { warmupSteps: 100, cosineSteps: 1100 }, step: 99, rate: RATE },
    { label: 'cosine starts at W', options: { warmupSteps: 100, cosineSteps: 1100 }, step: 100, rate: RATE },
    {
      label: 'cosine half-way',
      options: { warmupSteps: 100, cosineSteps: 1100 },
      step: 600,
      rate: cosine(500, 1000),
    },
    { label: 'cosine at its end', options: { warmupSteps: 100, cosineSteps: 1100 }, step: 1100, rate: 0 },
    { label: 'cosine without warm-up', options: { cosineSteps: 1000 }, step: 250, rate: cosine(250, 1000) },
    { label: 'constant after warm-up', options: { warmupSteps: 10 }, step: 40, rate: RATE },
    { label: 'constant during warm-up', options: { warmupSteps: 10 }, step: 4, rate: RATE / 2 },
  ])('$label (step $step)', ({ options, step, rate }) => {
    expect(rateAfter(options, step)).toBeCloseTo(rate, 9);
  });
});

type Snapshot = Float32Array[];
const flat = (trainer: Trainer): Snapshot =>
  namedWeights(trainer.model).map((weight) => Float32Array.from(weight.data));

/**
 * Three steps with averaging at `decay`; the average read through the trainer must equal the
 * average computed here from the weights after each step, bias-corrected:
 * (1 - d)(d^2 w1 + d w2 + w3) / (1 - d^3). The live weights must come back after the read.
 */
function checkAverage(trainer: Trainer, decay: number): void {
  const digits = realMnist('train', 24);
  const after: Snapshot[] = [];
  for (let step = 0; step < 3; step++) {
    const indices = Uint32Array.from({ length: 8 }, (_, i) => step * 8 + i);
    trainer.trainBatch(batchOf(digits, indices, 0, 0, trainer.placement));
    after.push(flat(trainer));
  }
  const [w1, w2, w3] = after as [Snapshot, Snapshot, Snapshot];
  const correction = 1 - decay ** 3;
  const averaged = trainer.withAveragedWeights(() => flat(trainer));
  let compared = 0;
  averaged.forEach((tensor, t) =>
    tensor.forEach((value, k) => {
      const expected = ((1 - decay) * (decay ** 2 * w1[t]![k]! + decay * w2[t]![k]! + w3[t]![k]!)) / correction;
      expect(value).toBeCloseTo(expected, 5);
      compared++;
    }),
  );
  expect(compared).toBeGreaterThan(50_000);
  // The steps moved the weights, so the average differs from the last of them...
  expect(averaged.some((tensor, t) => tensor.some((value, k) => Math.abs(value - w3[t]![k]!) > 1e-6))).toBe(true);
  // ...and reading it left the live weights as they were.
  expect(flat(trainer)).toEqual(w3);
  trainer.dispose();
}

const OPTIONS: TrainerOptions = {
  network: preset('modern'),
  batchSize: 8,
  learningRate: 0.01,
  seed: 4,
  averageDecay: 0.9,
};

describe('the moving average of the weights', () => {
  it('equals the bias-corrected average of the weights after each of three steps (tfjs)', () => {
    checkAverage(new Trainer(OPTIONS), 0.9);
  }, 30_000);

  it('equals the bias-corrected average of the weights after each of three steps (lane engine)', async () => {
    const trainer = await LaneTrainer.create(OPTIONS, await laneModule('simd', 'unshared'));
    if (!trainer) throw new Error('The modern preset has no lane plan.');
    checkAverage(trainer, 0.9);
  }, 30_000);

  it('is not kept without a decay: predictions read the live weights', () => {
    const trainer = new Trainer({ ...OPTIONS, averageDecay: 0 });
    const digits = realMnist('train', 8);
    trainer.trainBatch(
      batchOf(
        digits,
        Uint32Array.from({ length: 8 }, (_, i) => i),
        0,
        0,
      ),
    );
    expect(trainer.averagedWeights()).toBeUndefined();
    trainer.dispose();
  });
});
