/**
 * Where a training step's time goes, kernel by kernel, in Node:
 *   npm run profile -- --preset modern [--engine lanes|tfjs] [--backend wasm] [--batch 48] [--steps 20] [--test]
 * The lane engine's kernels are timed call by call from JavaScript, which adds a
 * little to each call; the step time above the table is measured without timing.
 * With --test, the lane engine's test of the 10,000 test digits, as the playground's
 * worker runs it after each epoch, is timed on one thread and on two.
 * With --run, a whole playground run instead, in Chromium's worker, by part (kernels, batches, shifts,
 * messages, yields, tests):
 *   npm run profile -- --run [--preset modern] [--epochs 1] [--seed 1] [--batch N, else the playground's]
 */
import { parseArgs } from 'node:util';
import { preset, type Variant } from '../src/lib/lenet/index.ts';
import { LaneEngine } from '../src/lib/lanes/engine.ts';
import { lanePlan } from '../src/lib/lanes/plan.ts';
import { laneRefusalInWords } from '../src/lib/lanes/refusal-words.ts';
import { batchOf, LENET5_PLACEMENT } from '../src/lib/mnist/index.ts';
import { tf } from '../src/lib/model/tf.ts';
import { Trainer } from '../src/lib/model/trainer.ts';
import { positiveNumber } from './support/args.ts';
import { profileRun } from './support/run-profile.ts';
import { useBackend, type NodeBackend } from './support/backend.ts';
import { laneModule } from './support/lane-binaries.ts';
import { laneTestTimes } from './support/lane-test-times.ts';
import { loadMnist } from './support/mnist-files.ts';
import { timedKernels } from './support/timed-kernels.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'modern' },
    engine: { type: 'string', default: 'lanes' },
    backend: { type: 'string', default: 'wasm' },
    batch: { type: 'string' },
    steps: { type: 'string', default: '20' },
    test: { type: 'boolean', default: false },
    run: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  },
});
if (values.run) {
  const seed = positiveNumber(values.seed, '--seed');
  await profileRun({
    network: values.preset,
    epochs: values.epochs,
    seed,
    ...(values.batch ? { batch: values.batch } : {}),
  });
  process.exit(0);
}
if (values.engine !== 'lanes' && values.engine !== 'tfjs') {
  throw new Error(`--engine must be lanes or tfjs; got "${values.engine}".`);
}
const steps = positiveNumber(values.steps, '--steps');
const size = positiveNumber(values.batch ?? '48', '--batch');
const network = preset(values.preset as Variant);
const batch = batchOf(
  loadMnist('test'),
  Uint32Array.from({ length: size }, (_, i) => i),
);
const perKernel = new Map<string, number>();
let step: () => void;
let label: string;
if (values.engine === 'lanes') {
  const planned = lanePlan(network, LENET5_PLACEMENT.input);
  if (!planned.ok)
    throw new Error(`The lane engine cannot run ${values.preset}. ${laneRefusalInWords(planned.refusal)}`);
  const module = await laneModule('relaxed', 'shared');
  const plain = await LaneEngine.create(planned.plan, size, module);
  const timed = await LaneEngine.create(planned.plan, size, module, 1, (kernels) => timedKernels(kernels, perKernel));
  // Warm both up until the engine has optimised the kernels; only the timed engine's calls are counted.
  for (let i = 0; i < 60; i++) plain.step(batch, 0.001);
  for (let i = 0; i < 10; i++) timed.step(batch, 0.001);
  perKernel.clear();
  for (let i = 0; i < steps; i++) timed.step(batch, 0.001);
  step = () => plain.step(batch, 0.001);
  label = 'the lane engine, relaxed SIMD, one thread';
} else {
  await useBackend(values.backend as NodeBackend);
  const trainer = new Trainer({ network, batchSize: size, learningRate: 0.001, seed: 1 });
  for (let i = 0; i < 3; i++) trainer.trainBatch(batch);
  for (let i = 0; i < steps; i++) {
    const info = await tf.profile(() => {
      trainer.trainBatch(batch);
    });
    for (const kernel of info.kernels) {
      const key = `${kernel.name} ${JSON.stringify(kernel.inputShapes[0] ?? [])}`;
      perKernel.set(key, (perKernel.get(key) ?? 0) + Number(kernel.kernelTimeMs));
    }
  }
  step = () => trainer.trainBatch(batch);
  label = `tfjs ${values.backend}`;
}
const started = performance.now();
for (let i = 0; i < steps; i++) step();
const stepMs = (performance.now() - started) / steps;
console.info(
  `${values.preset} on ${label}: ${stepMs.toFixed(2)} ms a step of ${size}, ${((size * 1000) / stepMs).toFixed(0)} samples/s`,
);
for (const [kernel, ms] of [...perKernel].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.info(`${(ms / steps).toFixed(2).padStart(8)} ms  ${kernel}`);
}
if (values.test) {
  const set = loadMnist('test');
  const times = await laneTestTimes(network, set, 5);
  console.info(
    `\nTesting the ${set.count.toLocaleString('en-US')} test digits on the lane engine (plain SIMD), 5 runs:`,
  );
  for (const { threads, ms } of times) {
    const sorted = [...ms].sort((a, b) => a - b);
    const spread = `median ${sorted[2]!.toFixed(0)} ms (${sorted[0]!.toFixed(0)} to ${sorted[4]!.toFixed(0)})`;
    console.info(`  ${threads} thread${threads === 1 ? ': ' : 's:'} ${spread}`);
  }
}
