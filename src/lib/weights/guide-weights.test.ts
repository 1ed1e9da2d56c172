import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryOf } from '../lenet/networks/registry.ts';
import { loadModel } from '../model/artifacts.ts';
import { accuracyOf, predictSet } from '../model/predict.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { registerWasmTrainingKernels } from '../model/wasm-training-kernels.ts';
import { unpackGuideWeights } from './guide-weights.ts';
import { committedModel } from './test-support.ts';
import { builtOf, PRETRAINED_MODELS } from './pretrained-models.ts';

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
});

// The oracle: the shipped float32 model's own answers on all 10,000 MNIST test digits.
describe.each(PRETRAINED_MODELS)('the %s weights in half precision', (name) => {
  const { modelJson, bytes, specs, guide: packed } = committedModel(name);

  it('fit in 130 KB', () => {
    expect(packed.byteLength).toBeLessThanOrEqual(130 * 1024);
  });

  it('change no answer on the 10,000 test digits', async () => {
    const built = builtOf(name);
    const placement = { input: built.input, digitBox: entryOf(built.id).placement.digitBox };
    const unpacked = unpackGuideWeights(packed);
    const halfBytes = new Uint8Array(
      Float32Array.from(specs.flatMap((spec) => [...unpacked.get(spec.name)!.data])).buffer,
    );
    const test = realMnist('test');
    const full = await loadModel({ modelJson, weights: bytes });
    const half = await loadModel({ modelJson, weights: halfBytes });
    const before = predictSet(full, test, placement);
    const after = predictSet(half, test, placement);
    const changed = before.filter((answer, i) => answer !== after[i]).length;
    console.info(
      `${name}: ${(packed.byteLength / 1024).toFixed(1)} KB in half precision; test error ${((1 - accuracyOf(after, test)) * 100).toFixed(2)}% (float32 ${((1 - accuracyOf(before, test)) * 100).toFixed(2)}%), ${changed} answers changed`,
    );
    expect(changed).toBe(0);
    full.dispose();
    half.dispose();
  }, 60_000);

  it('refuse a file cut short, saying so', () => {
    expect(() => unpackGuideWeights(packed.subarray(0, packed.byteLength - 10))).toThrow(
      /holds \d+ values; its header names \d+/,
    );
    expect(() => unpackGuideWeights(packed.subarray(0, 2))).toThrow('cut short');
  });
});
