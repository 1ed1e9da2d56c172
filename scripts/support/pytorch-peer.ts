import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planOf, toPyTorch } from '../../src/lib/export/index.ts';
import type { NetworkSpec, Size2 } from '../../src/lib/lenet/index.ts';
import { INPUT_LEVELS } from '../../src/lib/paper/training.ts';
import { PYTHON } from '../../oracle/python.ts';
import { MNIST_FILES, mnistDataDirectory } from './mnist-files.ts';

/** The playground's recipe, as the peer runs it. */
export interface PeerRecipe {
  readonly network: NetworkSpec;
  readonly input: Size2;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly maxShift: number;
  /** Batches of linear warm-up before the cosine, as `Trainer`'s `warmupSteps`. */
  readonly warmupSteps?: number;
  /** Decay of the moving average of the weights that the tests use, as `Trainer`'s `averageDecay`; 0 for none. */
  readonly averageDecay?: number;
  readonly seeds: readonly number[];
  readonly threads: number;
}

export interface PeerRun {
  readonly seed: number;
  /** After each epoch: seconds since training began, and accuracy on the 10,000 test digits. */
  readonly tests: readonly { readonly seconds: number; readonly accuracy: number }[];
  readonly samplesPerSecond: number;
}

export type PeerResult =
  | { readonly ok: true; readonly torch: string; readonly threads: number; readonly runs: readonly PeerRun[] }
  | { readonly ok: false; readonly why: string };

/**
 * Native PyTorch training the site's own PyTorch export by the playground's recipe
 * (scripts/support/pytorch_peer.py); says why not where Python has no torch.
 */
export function pytorchPeer(recipe: PeerRecipe): PeerResult {
  const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
  if (probe.status !== 0) return { ok: false, why: `${PYTHON} has no torch (apt-get install python3-torch)` };
  const plan = planOf(recipe.network, recipe.input);
  if (!plan.ok) return { ok: false, why: plan.error.message };
  const folder = mkdtempSync(join(tmpdir(), 'lenet-peer-'));
  const directory = mnistDataDirectory();
  const job = {
    code: toPyTorch(plan.value),
    epochs: recipe.epochs,
    batchSize: recipe.batchSize,
    learningRate: recipe.learningRate,
    maxShift: recipe.maxShift,
    warmupSteps: recipe.warmupSteps ?? 0,
    averageDecay: recipe.averageDecay ?? 0,
    seeds: recipe.seeds,
    threads: recipe.threads,
    side: recipe.input.height,
    levels: [INPUT_LEVELS.background, INPUT_LEVELS.foreground],
    files: {
      trainImages: join(directory, MNIST_FILES.train[0]),
      trainLabels: join(directory, MNIST_FILES.train[1]),
      testImages: join(directory, MNIST_FILES.test[0]),
      testLabels: join(directory, MNIST_FILES.test[1]),
    },
  };
  writeFileSync(join(folder, 'job.json'), JSON.stringify(job));
  const script = join(import.meta.dirname, 'pytorch_peer.py');
  execFileSync(PYTHON, [script, join(folder, 'job.json'), join(folder, 'result.json')], { stdio: 'inherit' });
  const result = JSON.parse(readFileSync(join(folder, 'result.json'), 'utf8')) as {
    torch: string;
    threads: number;
    runs: PeerRun[];
  };
  return { ok: true, ...result };
}

/** Seconds to the first test at or above `target`, or undefined where the run never got there. */
export const secondsTo = (run: PeerRun, target: number): number | undefined =>
  run.tests.find((test) => test.accuracy >= target)?.seconds;
