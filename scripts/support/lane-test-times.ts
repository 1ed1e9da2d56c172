import type { NetworkSpec } from '../../src/lib/lenet/spec.ts';
import type { LaneTrainer } from '../../src/lib/lanes/lane-trainer.ts';
import type { MnistSet } from '../../src/lib/mnist/dataset.ts';
import { useBackend } from './backend.ts';
import { nodeLaneTrainer } from './node-lanes.ts';

export interface LaneTestTime {
  readonly threads: 1 | 2;
  /** Milliseconds of each timed test of the whole set. */
  readonly ms: number[];
}

/** Waits, up to a second, for a trainer's helper thread to say it is ready. */
async function helperReady(trainer: LaneTrainer, threads: 1 | 2): Promise<void> {
  for (let i = 0; i < 100 && trainer.engine.threads < threads; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  if (trainer.engine.threads < threads) throw new Error('The helper thread never said it was ready.');
}

/**
 * How long the lane engine takes to test `set`, as the playground's worker tests after each epoch
 * (LaneTrainer.predict), on one thread and on two, after a warm-up test each. The two must give
 * every digit the same answer; a run where they do not throws instead of timing a wrong test.
 */
export async function laneTestTimes(network: NetworkSpec, set: MnistSet, runs: number): Promise<LaneTestTime[]> {
  // The lane trainer keeps a tfjs model beside its own weights; the cpu backend is enough to hold it.
  await useBackend('cpu');
  const options = { network, batchSize: 48, learningRate: 0.001, seed: 1 };
  const times: LaneTestTime[] = [];
  let first: Uint8Array | undefined;
  for (const threads of [1, 2] as const) {
    const trainer = await nodeLaneTrainer(options, threads);
    if (!trainer) throw new Error(`The lane engine cannot run ${network.name}.`);
    await helperReady(trainer, threads);
    const answers = trainer.predict(set);
    first ??= answers;
    if (answers.some((answer, k) => answer !== first![k]))
      throw new Error('Two threads answered some digits differently from one.');
    const ms = Array.from({ length: runs }, () => {
      const started = performance.now();
      trainer.predict(set);
      return performance.now() - started;
    });
    trainer.dispose();
    times.push({ threads, ms });
  }
  return times;
}
