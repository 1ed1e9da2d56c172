import '@tensorflow/tfjs-backend-cpu';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeStrip, positionsOfDigits } from '../drawing/index.ts';
import { layerNamed, preset, receptiveField, type Variant } from '../lenet/index.ts';
import { batchOf } from '../mnist/index.ts';
import { loadModel, WEIGHTS_FILE } from './artifacts.ts';
import { Inspector } from './inspect.ts';
import { predictSet } from './predict.ts';
import { answersAlong, replicate } from './replicate.ts';
import { analysisOf } from '../lenet/test-support.ts';
import { realMnist } from './test-support.ts';
import { tf } from './tf.ts';

const MODELS = join(import.meta.dirname, '..', '..', '..', 'public', 'models');
const committed = (name: Variant) =>
  loadModel({
    modelJson: readFileSync(join(MODELS, name, 'model.json'), 'utf8'),
    weights: new Uint8Array(readFileSync(join(MODELS, name, WEIGHTS_FILE))),
  });
const test = realMnist('test', 20);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.each(['paper', 'modern'] as const)('Inspector on the committed %s model', (variant) => {
  it('gives every hidden layer the shape the calculator gives it', async () => {
    const model = await committed(variant);
    const inspection = new Inspector(model, preset(variant)).inspect(batchOf(test, [0]).inputs);
    const analysis = analysisOf(preset(variant), { height: 32, width: 32 });
    for (const maps of inspection.maps) {
      const shape = layerNamed(analysis, maps.name)!.shape;
      expect([maps.name, maps.height, maps.width, maps.channels]).toEqual([
        maps.name,
        shape.height,
        shape.width,
        shape.channels,
      ]);
      expect(maps.values).toHaveLength(shape.height * shape.width * shape.channels);
    }
    expect(inspection.maps.map((maps) => maps.name)).toEqual(['C1', 'S2', 'C3', 'S4', 'C5', 'F6']);
    model.dispose();
  });

  // Oracle: the model's own predict(), through predictSet.
  it('answers as model.predict does on 20 test digits, and leaks no tensor', async () => {
    const model = await committed(variant);
    const inspector = new Inspector(model, preset(variant));
    inspector.inspect(batchOf(test, [0]).inputs);
    const before = tf.memory().numTensors;
    const answers = Array.from({ length: 20 }, (_, index) => inspector.inspect(batchOf(test, [index]).inputs).answer);
    expect(tf.memory().numTensors).toBe(before);
    expect(answers).toEqual([...predictSet(model, test)]);
    model.dispose();
  });
});

describe("the logits the modern port's F6 feeds", () => {
  // Oracle: the softmax of the logits is the model's own output, and the RBF network has none.
  it('are the ten sums whose softmax is the scores, for 20 test digits', async () => {
    const model = await committed('modern');
    const inspector = new Inspector(model, preset('modern'));
    for (let index = 0; index < 20; index++) {
      const { logits, scores } = inspector.inspect(batchOf(test, [index]).inputs);
      const exp = Array.from(logits!, (value) => Math.exp(value));
      const sum = exp.reduce((a, b) => a + b, 0);
      exp.forEach((value, digit) => expect(value / sum).toBeCloseTo(scores[digit]!, 5));
    }
    model.dispose();
  });

  it('are not read from the paper network, whose output is distances', async () => {
    const model = await committed('paper');
    expect(new Inspector(model, preset('paper')).inspect(batchOf(test, [0]).inputs).logits).toBeUndefined();
    model.dispose();
  });
});

describe('the replicated paper network (Section VII)', () => {
  it('at 32x32 answers as the 32x32 model does', async () => {
    const model = await committed('paper');
    const wide = replicate(model, preset('paper'), 32);
    const answers = Array.from({ length: 10 }, (_, index) => answersAlong(wide, batchOf(test, [index]).inputs, 32)[0]);
    expect(answers).toEqual([...predictSet(model, test)].slice(0, 10));
    wide.dispose();
    model.dispose();
  });

  it.each([
    [0, 3],
    [3, 4],
    [7, 5],
  ])('reads the %i..th test digits in a strip of %i under the C5 positions centred on them', async (start, count) => {
    const model = await committed('paper');
    const digits = Array.from({ length: count }, (_, i) =>
      test.images.subarray((start + i) * 784, (start + i + 1) * 784),
    );
    const strip = composeStrip(digits);
    const wide = replicate(model, preset('paper'), strip.width);
    const answers = answersAlong(wide, strip.input, strip.width);
    const c5 = layerNamed(analysisOf(preset('paper'), { height: 32, width: strip.width }), 'C5')!;
    expect(answers).toHaveLength(c5.shape.width);
    const positions = positionsOfDigits(strip, receptiveField(preset('paper'), 'C5'), answers.length);
    expect(positions.map((position) => answers[position])).toEqual([...test.labels.subarray(start, start + count)]);
    wide.dispose();
    model.dispose();
  });
});
