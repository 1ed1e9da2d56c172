/// <reference lib="webworker" />
// The lane engine as the playground runs it, for the benchmark: in a worker, with its helper thread
// where the page is cross-origin isolated, and alone on unshared memory where it is not.
// The lane trainer keeps a tfjs model beside its own weights; the cpu backend is enough to hold it.
import '@tensorflow/tfjs-backend-cpu';
import { preset } from '../src/lib/lenet/index.ts';
import { LaneTrainer } from '../src/lib/lanes/lane-trainer.ts';
import { compileLanes } from '../src/lib/lanes/load.ts';
import { batchOf, fetchMnist, subset, type Batch } from '../src/lib/mnist/index.ts';

export interface LaneBenchRequest {
  readonly batches: number;
  readonly batchSize: number;
}

export interface LaneBenchReply {
  readonly threads: number;
  /** Samples per second of each of three equal runs over the batches. */
  readonly rates: number[];
  readonly inferMs: number[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function measure({ batches, batchSize }: LaneBenchRequest): Promise<LaneBenchReply> {
  const train = subset(await fetchMnist('train'), 0, batches * batchSize);
  const data: Batch[] = Array.from({ length: batches }, (_, b) =>
    batchOf(
      train,
      Uint32Array.from({ length: batchSize }, (_, i) => b * batchSize + i),
    ),
  );
  const isolated = scope.crossOriginIsolated;
  const binary = await compileLanes('/wasm/', isolated ? 'shared' : 'unshared');
  const trainer =
    binary &&
    (await LaneTrainer.create(
      { network: preset('modern'), batchSize, learningRate: 0.001, seed: 1 },
      binary,
      isolated
        ? (start) => {
            const helper = new Worker('/lane-helper.js', { type: 'module' });
            helper.postMessage(start);
            return helper;
          }
        : undefined,
    ));
  if (!trainer) throw new Error('The lane engine could not start here.');
  const wanted = isolated ? 2 : 1;
  for (let i = 0; i < 200 && trainer.engine.threads < wanted; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  for (let i = 0; i < 8; i++) trainer.trainBatch(data[i % data.length]!);
  const third = Math.max(1, Math.floor(batches / 3));
  const rates = [0, 1, 2].map((run) => {
    const slice = data.slice(run * third, (run + 1) * third);
    const start = performance.now();
    for (const batch of slice) trainer.trainBatch(batch);
    return (slice.length * batchSize * 1000) / (performance.now() - start);
  });
  const digit = data[0]!.inputs.subarray(0, 1024);
  const inferMs = Array.from({ length: 30 }, () => {
    const start = performance.now();
    trainer.engine.outputs(digit, 1);
    return performance.now() - start;
  });
  const threads = trainer.engine.threads;
  trainer.dispose();
  return { threads, rates, inferMs };
}

scope.onmessage = (event: MessageEvent<LaneBenchRequest>) => {
  measure(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};
