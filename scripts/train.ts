/**
 * Trains LeNet-5 on MNIST in Node with the same code the browser uses, and writes
 * a tfjs model: npm run train -- --preset paper --epochs 12 --seed 1 --out public/models/paper
 */
import { parseArgs } from 'node:util';
import { preset, VARIANTS, type Variant } from '../src/lib/lenet/index.ts';
import { saveModel } from '../src/lib/model/artifacts.ts';
import { accuracyOf, Trainer } from '../src/lib/model/trainer.ts';
import { useBackend, type NodeBackend } from './support/backend.ts';
import { loadMnist } from './support/mnist-files.ts';
import { writeSavedModel } from './support/model-files.ts';
import { positiveNumber } from './support/args.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'paper' },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    batch: { type: 'string', default: '64' },
    'learning-rate': { type: 'string', default: '0.002' },
    decay: { type: 'string', default: '0.75' },
    schedule: { type: 'string', default: 'step' },
    shift: { type: 'string', default: '2' },
    backend: { type: 'string', default: 'wasm' },
  },
});
if (!values.out) throw new Error('--out DIR is required: where to write model.json and weights.bin.');
if (!(VARIANTS as readonly string[]).includes(values.preset)) {
  throw new Error(`--preset must be ${VARIANTS.join(' or ')}; got "${values.preset}".`);
}
const variant = values.preset as Variant;
const epochs = positiveNumber(values.epochs, '--epochs');
const seed = positiveNumber(values.seed, '--seed');
const learningRate = positiveNumber(values['learning-rate'], '--learning-rate');
const decay = positiveNumber(values.decay, '--decay');

const backend = await useBackend(values.backend as NodeBackend);
const train = loadMnist('train');
const test = loadMnist('test');
const trainer = new Trainer({
  network: preset(variant),
  batchSize: positiveNumber(values.batch, '--batch'),
  learningRate,
  seed,
  maxShift: Number(values.shift),
  decay,
  ...(values.schedule === 'cosine'
    ? { cosineSteps: epochs * Math.floor(train.count / positiveNumber(values.batch, '--batch')) }
    : {}),
});
if (values.schedule !== 'step' && values.schedule !== 'cosine') {
  throw new Error(`--schedule must be step or cosine; got "${values.schedule}".`);
}
console.info(`Training the ${variant} preset on ${train.count} digits with ${backend}, ${epochs} epochs, seed ${seed}`);
let testAccuracy = 0;
const started = performance.now();
for (let epoch = 0; epoch < epochs; epoch++) {
  let speed = 0;
  const loss = await trainer.trainEpoch(train, (progress) => {
    speed = progress.samplesPerSecond;
  });
  testAccuracy = accuracyOf(trainer.predict(test), test);
  const error = ((1 - testAccuracy) * 100).toFixed(2);
  console.info(`epoch ${epoch + 1}: loss ${loss.toFixed(4)}, test error ${error}%, ${speed.toFixed(0)} samples/s`);
}
const seconds = (performance.now() - started) / 1000;
const saved = await saveModel(trainer.model, {
  preset: variant,
  epochs,
  seed,
  schedule: values.schedule,
  learningRate,
  maxShift: Number(values.shift),
  testAccuracy,
  testError: 1 - testAccuracy,
  trainingSeconds: Math.round(seconds),
  backend,
});
writeSavedModel(values.out, saved);
console.info(`Wrote ${values.out} (test error ${((1 - testAccuracy) * 100).toFixed(2)}%, ${seconds.toFixed(0)} s)`);
trainer.dispose();
