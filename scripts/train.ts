/**
 * Trains a network of the registry on MNIST in Node with the same code the browser
 * uses, and writes a tfjs model:
 *   npm run train -- --preset paper --epochs 12 --seed 1 --out public/models/paper
 *   npm run train -- --network lenet1 --epochs 20 --out public/models/lenet1
 *   npm run train -- --preset paper --epochs 20 --distort [--distort-strength 0.5] --out /tmp/paper-distorted  (Section III-B's distortions)
 *   npm run train -- --sdnn --steps 100000 --learning-rate 0.001 --out public/models/sdnn  (Section VII's SDNN, 11 outputs, on 32x32 windows)
 *   npm run train -- --recipe paper [--distort] --out public/models/paper-sdlm [--passes 20 --seed 1 --eta-scale 1 --j 10
 *     --mu 0.02 --hessian-patterns 500 --hessian-every 60000 --hessian-sum --init-power 1]
 */
import { parseArgs } from 'node:util';
import { BUILT_PRESETS, entryOf, isNetworkId, NETWORK_IDS } from '../src/lib/lenet/index.ts';
import { saveModel } from '../src/lib/model/artifacts.ts';
import { scaledDistortions, SITE_DISTORTIONS } from '../src/lib/mnist/distortion-ranges.ts';
import { distortStrength } from './support/distort-strength.ts';
import { scaledSide } from '../src/lib/mnist/placement.ts';
import { accuracyOf, Trainer, type TrainerOptions } from '../src/lib/model/trainer.ts';
import { nodeLaneTrainer } from './support/node-lanes.ts';
import { lanePlan } from '../src/lib/lanes/plan.ts';
import { laneRefusalInWords } from '../src/lib/lanes/refusal-words.ts';
import { useBackend, type NodeBackend } from './support/backend.ts';
import { loadMnist } from './support/mnist-files.ts';
import { writeSavedModel } from './support/model-files.ts';
import { positiveNumber } from './support/args.ts';
import { parseRecipe } from '../src/lib/sdlm/recipe.ts';
import { recipeOf, trainByPaperRecipe } from './support/paper-recipe.ts';
import { trainSdnn } from './support/sdnn-train.ts';

const { values } = parseArgs({
  options: {
    network: { type: 'string', default: 'lenet5' },
    preset: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    batch: { type: 'string', default: '64' },
    'learning-rate': { type: 'string', default: '0.002' },
    decay: { type: 'string', default: '0.75' },
    schedule: { type: 'string', default: 'step' },
    shift: { type: 'string', default: '2' },
    backend: { type: 'string', default: 'wasm' },
    // The lane engine trains several times faster than tfjs; tfjs remains for networks it cannot run.
    engine: { type: 'string', default: 'lanes' },
    threads: { type: 'string', default: '2' },
    // Section III-B's distortions: the originals plus nine distortions of each, a tenth of them per epoch.
    distort: { type: 'boolean', default: false },
    'distort-strength': { type: 'string', default: '1' },
    recipe: { type: 'string' },
    passes: { type: 'string' },
    'hessian-patterns': { type: 'string' },
    mu: { type: 'string' },
    j: { type: 'string' },
    'eta-scale': { type: 'string' },
    patterns: { type: 'string' },
    'init-power': { type: 'string' },
    'hessian-every': { type: 'string' },
    'hessian-sum': { type: 'boolean', default: false },
    // Section VII's SDNN: LeNet-5 with a blank output, trained on fresh windows of three characters.
    sdnn: { type: 'boolean', default: false },
    steps: { type: 'string', default: '50000' },
  },
});
if (!values.out) throw new Error('--out DIR is required: where to write model.json and weights.bin.');
if (values.sdnn) {
  if (values.engine !== 'lanes' && values.engine !== 'tfjs')
    throw new Error(`--engine must be lanes or tfjs; got "${values.engine}".`);
  await trainSdnn({
    out: values.out,
    steps: Math.round(positiveNumber(values.steps, '--steps')),
    batchSize: positiveNumber(values.batch, '--batch'),
    learningRate: positiveNumber(values['learning-rate'], '--learning-rate'),
    seed: positiveNumber(values.seed, '--seed'),
    engine: values.engine,
    threads: values.threads === '1' ? 1 : 2,
    backend: values.backend as NodeBackend,
  });
  process.exit();
}
const recipe = parseRecipe(values.recipe);
if (!recipe.ok) throw new Error(recipe.messages.join('\n'));
if (recipe.value === 'paper') {
  if (values.network !== 'lenet5' || (values.preset ?? 'paper') !== 'paper')
    throw new Error("--recipe paper trains the paper's LeNet-5 (--network lenet5 --preset paper) only.");
  await trainByPaperRecipe(recipeOf(values), values.out, values.distort ? SITE_DISTORTIONS : undefined);
  process.exit();
}
if (!isNetworkId(values.network)) {
  throw new Error(`--network must be one of ${NETWORK_IDS.join(', ')}; got "${values.network}".`);
}
const entry = entryOf(values.network);
const presets = BUILT_PRESETS.filter((built) => built.id === entry.id);
const chosen = values.preset === undefined ? presets[0]! : presets.find((built) => built.preset === values.preset);
if (!chosen) {
  throw new Error(
    `--preset for ${entry.id} must be one of ${presets.map((built) => built.preset).join(', ')}; got "${values.preset}".`,
  );
}
const variant = chosen.preset;
const placement = { input: entry.input, digitBox: entry.placement.digitBox };
const epochs = positiveNumber(values.epochs, '--epochs');
const seed = positiveNumber(values.seed, '--seed');
const learningRate = positiveNumber(values['learning-rate'], '--learning-rate');
const decay = positiveNumber(values.decay, '--decay');

const backend = await useBackend(values.backend as NodeBackend);
const train = loadMnist('train');
const test = loadMnist('test');
if (values.engine !== 'lanes' && values.engine !== 'tfjs') {
  throw new Error(`--engine must be lanes or tfjs; got "${values.engine}".`);
}
if (values.threads !== '1' && values.threads !== '2')
  throw new Error(`--threads must be 1 or 2; got "${values.threads}".`);
const side = scaledSide(placement.digitBox);
if (values.distort && (placement.input.height < side || placement.input.width < side)) {
  throw new Error(
    `--distort moves and enlarges each digit within its ${side}x${side} image, which the ${placement.input.height}x${placement.input.width} input of ${entry.label} cannot hold whole; choose a network whose input is at least ${side}x${side}.`,
  );
}
const options: TrainerOptions = {
  network: chosen.network,
  placement,
  batchSize: positiveNumber(values.batch, '--batch'),
  learningRate,
  seed,
  maxShift: Number(values.shift),
  decay,
  ...(values.schedule === 'cosine'
    ? { cosineSteps: epochs * Math.floor(train.count / positiveNumber(values.batch, '--batch')) }
    : {}),
  ...(values.distort
    ? { distort: scaledDistortions(SITE_DISTORTIONS, distortStrength(values['distort-strength'])), maxShift: 0 }
    : {}),
};
const lanes = values.engine === 'lanes' ? await nodeLaneTrainer(options, values.threads === '2' ? 2 : 1) : undefined;
if (values.engine === 'lanes' && !lanes) {
  const planned = lanePlan(options.network, placement.input);
  console.info(
    planned.ok ? 'The lane engine could not start; training with tfjs.' : laneRefusalInWords(planned.refusal),
  );
}
const trainer = lanes ?? new Trainer(options);
const engine = lanes ? `lanes, ${values.threads} thread(s)` : `tfjs ${backend}`;
if (values.schedule !== 'step' && values.schedule !== 'cosine') {
  throw new Error(`--schedule must be step or cosine; got "${values.schedule}".`);
}
console.info(
  `Training ${entry.label} (${variant}) on ${train.count} digits${values.distort ? ' and nine distortions of each' : ''} with ${engine}, ${epochs} epochs, seed ${seed}`,
);
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
  network: entry.id,
  preset: variant,
  input: placement.input,
  digitBox: placement.digitBox,
  epochs,
  seed,
  schedule: values.schedule,
  learningRate,
  maxShift: options.maxShift,
  ...(values.distort ? { distortions: SITE_DISTORTIONS } : {}),
  testAccuracy,
  testError: 1 - testAccuracy,
  trainingSeconds: Math.round(seconds),
  backend: engine,
});
writeSavedModel(values.out, saved);
console.info(`Wrote ${values.out} (test error ${((1 - testAccuracy) * 100).toFixed(2)}%, ${seconds.toFixed(0)} s)`);
trainer.dispose();
