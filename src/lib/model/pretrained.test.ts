import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, metadataOf, WEIGHTS_FILE, type SavedModel } from './artifacts.ts';
import { LENET1_ENTRY } from '../lenet/networks/lenet1.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { accuracyOf, predictSet } from './predict.ts';
import { realMnist } from './test-support.ts';
import { tf } from './tf.ts';
import { PRETRAINED_PRESETS } from '../weights/pretrained-models.ts';
import { registerWasmTrainingKernels } from './wasm-training-kernels.ts';

const MODELS = join(import.meta.dirname, '..', '..', '..', 'public', 'models');

function committedModel(name: string): SavedModel {
  return {
    modelJson: readFileSync(join(MODELS, name, 'model.json'), 'utf8'),
    weights: new Uint8Array(readFileSync(join(MODELS, name, WEIGHTS_FILE))),
  };
}

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
});

// The paper's LeNet-5 made 0.95% errors on these 10,000 digits, 0.8% trained with distortions (Section III-B),
// its LeNet-1 1.7% (Section III-C.7).
describe.each([
  ['paper', 0.0095, LENET5_PLACEMENT],
  ['modern', 0.0095, LENET5_PLACEMENT],
  ['lenet1', 0.017, { input: LENET1_ENTRY.input, digitBox: LENET1_ENTRY.placement.digitBox }],
  ['paper-distorted', 0.008, LENET5_PLACEMENT],
] as const)('the committed %s model', (name, target, placement) => {
  it(`makes at most ${(target * 100).toFixed(2)}% errors on the 10,000 MNIST test digits, as its metadata says`, async () => {
    const saved = committedModel(name);
    const model = await loadModel(saved);
    const test = realMnist('test');
    const testError = 1 - accuracyOf(predictSet(model, test, placement), test);
    expect(testError).toBeLessThanOrEqual(target);
    expect(metadataOf(saved)['testError']).toBeCloseTo(testError, 4);
    expect(metadataOf(saved)['preset']).toBe(PRETRAINED_PRESETS[name]);
    model.dispose();
  }, 60_000);
});
