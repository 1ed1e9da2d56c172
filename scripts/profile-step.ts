/**
 * Where a training step's time goes, kernel by kernel, in Node:
 *   npm run profile -- --preset modern [--backend wasm] [--steps 10]
 */
import { parseArgs } from 'node:util';
import { preset, type Variant } from '../src/lib/lenet/index.ts';
import { batchOf } from '../src/lib/mnist/index.ts';
import { tf } from '../src/lib/model/tf.ts';
import { Trainer } from '../src/lib/model/trainer.ts';
import { positiveNumber } from './support/args.ts';
import { useBackend, type NodeBackend } from './support/backend.ts';
import { loadMnist } from './support/mnist-files.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'modern' },
    backend: { type: 'string', default: 'wasm' },
    steps: { type: 'string', default: '10' },
  },
});
const steps = positiveNumber(values.steps, '--steps');
await useBackend(values.backend as NodeBackend);
const trainer = new Trainer({ network: preset(values.preset as Variant), batchSize: 64, learningRate: 0.001, seed: 1 });
const batch = batchOf(
  loadMnist('test'),
  Uint32Array.from({ length: 64 }, (_, i) => i),
);
for (let i = 0; i < 3; i++) trainer.trainBatch(batch);

const perKernel = new Map<string, number>();
for (let i = 0; i < steps; i++) {
  const info = await tf.profile(() => {
    trainer.trainBatch(batch);
  });
  for (const kernel of info.kernels) {
    const key = `${kernel.name} ${JSON.stringify(kernel.inputShapes[0] ?? [])}`;
    perKernel.set(key, (perKernel.get(key) ?? 0) + Number(kernel.kernelTimeMs));
  }
}
const started = performance.now();
for (let i = 0; i < steps; i++) trainer.trainBatch(batch);
const stepMs = (performance.now() - started) / steps;
console.info(
  `${values.preset} on ${values.backend}: ${stepMs.toFixed(1)} ms a step of 64, ${((64 * 1000) / stepMs).toFixed(0)} samples/s`,
);
for (const [kernel, ms] of [...perKernel].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.info(`${(ms / steps).toFixed(2).padStart(8)} ms  ${kernel}`);
}
trainer.dispose();
