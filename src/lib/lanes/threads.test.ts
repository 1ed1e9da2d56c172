import '@tensorflow/tfjs-backend-cpu';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { laneModule } from '../../../scripts/support/lane-binaries.ts';
import { preset } from '../lenet/lenet5.ts';
import { batchOf } from '../mnist/index.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { LaneEngine } from './engine.ts';
import { LaneTrainer } from './lane-trainer.ts';
import type { LaneHelperStart } from './helper.ts';
import { lanePlan } from './plan.ts';
import { laneRefusalInWords } from './refusal-words.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const helpers: Worker[] = [];
afterEach(async () => {
  await Promise.all(helpers.splice(0).map((helper) => helper.terminate()));
});

const startHelper = (start: LaneHelperStart) => {
  const helper = new Worker(new URL('./helper-thread.test-support.mjs', import.meta.url));
  helper.postMessage(start);
  helpers.push(helper);
  return helper;
};

const until = async (ready: () => boolean) => {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the lane engine on two threads', () => {
  it.each(['modern', 'paper'] as const)(
    'gives the %s preset the gradient of one thread, shared between two',
    async (variant) => {
      const planned = lanePlan(preset(variant), LENET5_PLACEMENT.input);
      if (!planned.ok) throw new Error(laneRefusalInWords(planned.refusal));
      const module = await laneModule('simd', 'shared');
      const digits = realMnist('test', 50);
      // 50 digits: 13 groups of four, the last one half full, split 7 and 6.
      const batch = batchOf(
        digits,
        Uint32Array.from({ length: 50 }, (_, i) => i),
        0,
        0,
        LENET5_PLACEMENT,
      );
      const alone = await LaneEngine.create(planned.plan, 64, module);
      const shared = await LaneEngine.create(planned.plan, 64, module, 2);
      shared.parameters.set(alone.parameters);
      startHelper(shared.helperStart());
      await until(() => shared.threads === 2);
      expect(shared.threads).toBe(2);
      const one = alone.gradients(batch);
      const two = shared.gradients(batch);
      expect(two.loss).toBeCloseTo(one.loss, 5);
      const scale = Math.max(...Array.from(one.gradients, Math.abs));
      const worst = Math.max(...Array.from(one.gradients, (g, k) => Math.abs(g - two.gradients[k]!)));
      expect(worst / scale).toBeLessThan(1e-5);
      // Running digits forward is shared too, and gives each digit the outputs one thread gives it.
      expect(Array.from(shared.outputs(batch.inputs, 50))).toEqual(Array.from(alone.outputs(batch.inputs, 50)));
    },
  );

  it('tests real digits on two threads with the answers of one, chunk after chunk', async () => {
    const options = { network: preset('modern'), batchSize: 48, learningRate: 0.003, seed: 3 };
    const one = await LaneTrainer.create(options, await laneModule('simd', 'unshared'));
    const two = await LaneTrainer.create(options, await laneModule('simd', 'shared'), startHelper);
    if (!one || !two) throw new Error('The modern preset has no lane plan.');
    await until(() => two.engine.threads === 2);
    expect(two.engine.threads).toBe(2);
    // A little training, so that the answers are a network's, not a coin's.
    await one.trainEpoch(realMnist('train', 960), () => true);
    two.engine.parameters.set(one.engine.parameters);
    // 1,234 digits: two full chunks and a last one of 234, whose final group of four is half full.
    const test = realMnist('test', 1_234);
    const alone = one.predict(test);
    expect(Array.from(two.predict(test))).toEqual(Array.from(alone));
    expect(new Set(alone).size).toBe(10);
    one.dispose();
    two.dispose();
    // A pass over 960 digits and two tests of 1,234: seconds on a busy two-core machine.
  }, 60_000);

  it('refuses a second thread on the build for unshared memory, which no helper could see', async () => {
    const planned = lanePlan(preset('modern'), LENET5_PLACEMENT.input);
    if (!planned.ok) throw new Error(laneRefusalInWords(planned.refusal));
    await expect(LaneEngine.create(planned.plan, 64, await laneModule('simd', 'unshared'), 2)).rejects.toThrow(
      '2 threads need the lane build for shared memory.',
    );
  });

  it('trains alone while its helper never says it is ready', async () => {
    const planned = lanePlan(preset('modern'), LENET5_PLACEMENT.input);
    if (!planned.ok) throw new Error(laneRefusalInWords(planned.refusal));
    const module = await laneModule('simd', 'shared');
    const engine = await LaneEngine.create(planned.plan, 64, module, 2);
    const batch = batchOf(
      realMnist('test', 8),
      Uint32Array.from({ length: 8 }, (_, i) => i),
      0,
      0,
      LENET5_PLACEMENT,
    );
    expect(engine.threads).toBe(1);
    expect(Number.isFinite(engine.step(batch, 0.001))).toBe(true);
  });
});
