import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { laneModule } from '../../../scripts/support/lane-binaries.ts';
import { LaneTrainer } from '../lanes/lane-trainer.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { Trainer } from '../model/trainer.ts';
import { sdnnTrainerOptions, trainOnWindows, type SdnnRun } from './train-windows.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const digits = realMnist('train', 500);
const RUN: SdnnRun = { steps: 4, batchSize: 16, learningRate: 0.002, seed: 3 };

const lossesOf = (trainer: Trainer) => {
  const losses: number[] = [];
  trainOnWindows(trainer, digits, RUN, ({ loss }) => void losses.push(loss));
  trainer.dispose();
  return losses;
};

describe('trainOnWindows', () => {
  it('gives the lane engine the batches tfjs gets: the same losses step by step on the 11-class network', async () => {
    const reference = lossesOf(new Trainer(sdnnTrainerOptions(RUN)));
    const lanes = await LaneTrainer.create(sdnnTrainerOptions(RUN), await laneModule('simd', 'unshared'));
    if (!lanes) throw new Error('The lane engine has no plan for the SDNN.');
    const ours = lossesOf(lanes);
    expect(ours).toHaveLength(RUN.steps);
    ours.forEach((loss, step) => expect(loss).toBeCloseTo(reference[step]!, 3));
    // Eleven classes at the start: the loss of a near-uniform guess, log 11.
    expect(reference[0]).toBeGreaterThan(Math.log(11) - 0.5);
    expect(reference[0]).toBeLessThan(Math.log(11) + 0.5);
  }, 60_000);

  it('repeats a run exactly from its seed', async () => {
    const binary = await laneModule('simd', 'unshared');
    const run = async () => lossesOf((await LaneTrainer.create(sdnnTrainerOptions(RUN), binary))!);
    expect(await run()).toEqual(await run());
  }, 60_000);
});
