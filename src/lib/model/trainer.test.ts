import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { preset } from '../lenet/lenet5.ts';
import { subset } from '../mnist/index.ts';
import { loadModel, saveModel } from './artifacts.ts';
import { buildModel } from './build.ts';
import { realMnist } from './test-support.ts';
import { tf } from './tf.ts';
import { SITE_DISTORTIONS } from '../mnist/distortion-ranges.ts';
import { accuracyOf, Trainer } from './trainer.ts';
import { registerWasmTrainingKernels } from './wasm-training-kernels.ts';

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
});

const train = realMnist('train', 3_200);
const test = realMnist('test', 1_000);

describe.each(['modern', 'paper'] as const)('training the %s preset on real MNIST digits in Node (wasm)', (variant) => {
  it('lowers the loss, beats chance by a wide margin and keeps the tensor count constant', async () => {
    const trainer = new Trainer({ network: preset(variant), batchSize: 64, learningRate: 0.002, seed: 3 });
    const losses: number[] = [];
    const tensorsAfterEpoch: number[] = [];
    for (let epoch = 0; epoch < 2; epoch++) {
      await trainer.trainEpoch(train, (progress) => {
        losses.push(progress.loss);
      });
      tensorsAfterEpoch.push(tf.memory().numTensors);
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(losses.slice(-10))).toBeLessThan(0.5 * mean(losses.slice(0, 10)));
    // Chance is 10%; two short epochs must land far above it.
    expect(accuracyOf(trainer.predict(test), test)).toBeGreaterThan(0.5);
    expect(tensorsAfterEpoch[1]).toBe(tensorsAfterEpoch[0]);
    trainer.dispose();
  }, 60_000);
});

describe('training with distortions', () => {
  it("draws each epoch's patterns from the enlarged set, a tenth of it, and still learns", async () => {
    const small = subset(train, 0, 640);
    const trainer = new Trainer({
      network: preset('modern'),
      batchSize: 64,
      learningRate: 0.003,
      seed: 5,
      distort: SITE_DISTORTIONS,
    });
    const seen = new Set<number>();
    for (let epoch = 0; epoch < 3; epoch++)
      await trainer.trainEpoch(small, ({ patterns }) => patterns.forEach((pattern) => seen.add(pattern)));
    expect(seen.size).toBe(3 * small.count);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(small.count);
    expect(Math.max(...seen)).toBeLessThan(10 * small.count);
    expect(accuracyOf(trainer.predict(test), test)).toBeGreaterThan(0.3);
    trainer.dispose();
  }, 60_000);
});

describe('saving and loading', () => {
  it.each(['paper', 'modern'] as const)(
    'the %s model gives the same outputs after a save/load round-trip',
    async (variant) => {
      const model = buildModel(preset(variant), { height: 32, width: 32 }, { seed: 9 });
      const saved = await saveModel(model, { preset: variant });
      const loaded = await loadModel(saved);
      expect(loaded.layers.map((layer) => layer.getClassName())).toEqual(
        model.layers.map((layer) => layer.getClassName()),
      );
      const digits = subset(test, 0, 8);
      const x = tf.tensor4d(
        Float32Array.from(digits.images, (pixel) => pixel / 255),
        [8, 28, 28, 1],
      );
      const padded = tf.pad(x, [
        [0, 0],
        [2, 2],
        [2, 2],
        [0, 0],
      ]);
      const before = (model.predict(padded) as tf.Tensor).dataSync();
      const after = (loaded.predict(padded) as tf.Tensor).dataSync();
      expect(Array.from(after)).toEqual(Array.from(before));
      tf.dispose([x, padded]);
      model.dispose();
      loaded.dispose();
    },
  );

  it('the paper model keeps every custom layer class through serialisation', async () => {
    const model = buildModel(preset('paper'), { height: 32, width: 32 });
    const classes = new Set((await loadModel(await saveModel(model))).layers.map((layer) => layer.getClassName()));
    for (const name of ['SparseConv2D', 'TrainableSubsampling', 'ScaledTanh', 'RbfOutput'])
      expect(classes).toContain(name);
    model.dispose();
  });
});
