import { seededRandom, type MnistSet } from '../mnist/dataset.ts';
import { MNIST_DIGIT_BOX } from '../mnist/placement.ts';
import type { Trainer, TrainerOptions } from '../model/trainer.ts';
import { SDNN_TRAINING, type WindowSettings } from './sdnn-data.ts';
import { SDNN_INPUT, SDNN_NETWORK } from './sdnn-network.ts';
import { digitPicker, windowBatch } from './window-batch.ts';

export interface SdnnRun {
  /** Optimiser steps, one fresh batch of windows each; the learning rate anneals to 0 over them (cosine). */
  readonly steps: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
}

/** The trainer's options for the SDNN: its network, 32x32 windows, and a cosine schedule over the run's steps. */
export const sdnnTrainerOptions = ({ steps, batchSize, learningRate, seed }: SdnnRun): TrainerOptions => ({
  network: SDNN_NETWORK,
  placement: { input: SDNN_INPUT, digitBox: MNIST_DIGIT_BOX },
  batchSize,
  learningRate,
  seed,
  cosineSteps: steps,
});

export interface WindowProgress {
  readonly step: number;
  readonly loss: number;
}

/**
 * Trains `trainer` on Section VII-B's windows composed from `set`, each batch drawn afresh from one
 * seeded generator, so that a run repeats exactly; returns the mean loss of the last tenth of the steps.
 */
export function trainOnWindows(
  trainer: Trainer,
  set: MnistSet,
  run: SdnnRun,
  onBatch?: (progress: WindowProgress) => void,
  settings: WindowSettings = SDNN_TRAINING,
): number {
  const random = seededRandom(run.seed * 7919 + 17);
  const pick = digitPicker(set, random);
  const tail: number[] = [];
  for (let step = 0; step < run.steps; step++) {
    const loss = trainer.trainBatch(windowBatch(random, pick, run.batchSize, settings));
    if (step >= run.steps - Math.max(1, Math.floor(run.steps / 10))) tail.push(loss);
    onBatch?.({ step, loss });
  }
  return tail.reduce((sum, loss) => sum + loss, 0) / tail.length;
}
