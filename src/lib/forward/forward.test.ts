import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryOf } from '../lenet/networks/registry.ts';
import { batchOf } from '../mnist/dataset.ts';
import { answerOf } from '../model/answer.ts';
import { loadModel } from '../model/artifacts.ts';
import { classifierOf } from '../model/classifier.ts';
import { perDigit } from '../model/loss.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { builtOf, PRETRAINED_MODELS } from '../weights/pretrained-models.ts';
import { UNUSUAL_SPECS } from '../lenet/test-support.ts';
import { modelOf } from '../model/build.ts';
import { namedWeights } from '../model/named-weights.ts';
import { committedModel } from '../weights/test-support.ts';
import { forwardPass } from './forward.ts';

const DIGITS = 200;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// The oracle is tfjs itself, on its cpu backend, running the committed models.
describe.each(PRETRAINED_MODELS)('forwardPass(the committed %s model)', (name) => {
  const built = builtOf(name);
  const placement = { input: built.input, digitBox: entryOf(built.id).placement.digitBox };
  const { modelJson, bytes, weights } = committedModel(name);
  const batch = batchOf(
    realMnist('test', DIGITS),
    Uint32Array.from({ length: DIGITS }, (_, i) => i),
    0,
    0,
    placement,
  );
  const size = built.input.height * built.input.width;

  it(`gives tfjs's ten outputs within 1e-4, and its answer, on ${DIGITS} MNIST test digits`, async () => {
    const model = await loadModel({ modelJson, weights: bytes });
    const x = tf.tensor4d(batch.inputs, [DIGITS, built.input.height, built.input.width, 1]);
    const site = tf.tidy(() => perDigit(model.predict(x) as tf.Tensor)).arraySync();
    x.dispose();
    model.dispose();
    const classifier = classifierOf(built.network);
    let worst = 0;
    for (let digit = 0; digit < DIGITS; digit++) {
      const pass = forwardPass(
        built.network,
        built.input,
        weights,
        batch.inputs.subarray(digit * size, (digit + 1) * size),
      );
      if (!pass.ok) throw new Error(pass.error.message);
      const outputs = Array.from(pass.value.at(-1)!.output.values);
      outputs.forEach((value, k) => (worst = Math.max(worst, Math.abs(value - site[digit]![k]!))));
      expect(answerOf(outputs, classifier)).toBe(answerOf(site[digit]!, classifier));
    }
    console.info(`${name}: largest |reference - tfjs| over ${DIGITS} digits x 10 outputs: ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-4);
  }, 60_000);

  it('refuses an image of the wrong size, and weights that lack a layer, with a message', () => {
    const short = forwardPass(built.network, built.input, weights, new Float32Array(10));
    expect(!short.ok && short.error.message).toContain('The image has 10 values');
    const missing = new Map(
      [...weights].filter(([key]) => !key.startsWith(built.network.layers[1]!.name.toLowerCase())),
    );
    const lacking = forwardPass(built.network, built.input, missing, batch.inputs.subarray(0, size));
    expect(!lacking.ok && lacking.error.message).toMatch(/The weights have no \w+\/(kernel|bias)/);
  });
});

// Strides, padding, non-square kernels and windows, overlapping average pools, two channels, a second table.
describe.each(UNUSUAL_SPECS.map((spec) => [spec.network.name, spec] as const))(
  'forwardPass(%s) with a fresh tfjs model\u2019s weights',
  (_, { network, input }) => {
    it('gives the tfjs outputs within 1e-4 on 4 random inputs', () => {
      const built = modelOf(network, input, { seed: 5 });
      if (!built.ok) throw new Error(built.error.message);
      const model = built.value;
      const channels = network.layers[0].channels;
      const shape = [4, input.height, input.width, channels] as [number, number, number, number];
      const x = tf.randomUniform(shape, -1, 1, 'float32', 11);
      const site = tf.tidy(() => perDigit(model.predict(x) as tf.Tensor)).arraySync();
      const inputs = x.dataSync() as Float32Array;
      const weights = new Map(namedWeights(model).map((array) => [array.name, array]));
      const size = input.height * input.width * channels;
      for (let i = 0; i < 4; i++) {
        const pass = forwardPass(network, input, weights, inputs.subarray(i * size, (i + 1) * size));
        if (!pass.ok) throw new Error(pass.error.message);
        const outputs = pass.value.at(-1)!.output.values;
        expect(outputs.length).toBe(site[i]!.length);
        outputs.forEach((value, k) => expect(Math.abs(value - site[i]![k]!)).toBeLessThan(1e-4));
      }
      x.dispose();
      model.dispose();
    });
  },
);
