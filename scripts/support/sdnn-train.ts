import { saveModel } from '../../src/lib/model/artifacts.ts';
import { Trainer } from '../../src/lib/model/trainer.ts';
import { SDNN_TRAINING } from '../../src/lib/sdnn/sdnn-data.ts';
import { SDNN_CLASSES, SDNN_DESCRIPTION, SDNN_INPUT, SDNN_SWITCHES } from '../../src/lib/sdnn/sdnn-network.ts';
import { sdnnTrainerOptions, trainOnWindows, type SdnnRun } from '../../src/lib/sdnn/train-windows.ts';
import { evaluateWindows } from '../../src/lib/sdnn/window-scores.ts';
import { useBackend, type NodeBackend } from './backend.ts';
import { loadMnist } from './mnist-files.ts';
import { writeSavedModel } from './model-files.ts';
import { nodeLaneTrainer } from './node-lanes.ts';

/** Windows of test digits the saved model is measured on, and their seed: the same for every run. */
export const SDNN_TEST_WINDOWS = { count: 10_000, seed: 20_240_301 } as const;

export interface SdnnTraining extends SdnnRun {
  readonly out: string;
  readonly engine: 'lanes' | 'tfjs';
  readonly threads: 1 | 2;
  readonly backend: NodeBackend;
}

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/**
 * `npm run train -- --sdnn --out DIR`: Section VII's SDNN trained on fresh windows of training
 * digits, measured on windows of test digits, and written with what it was trained on.
 */
export async function trainSdnn(run: SdnnTraining): Promise<void> {
  const backend = await useBackend(run.backend);
  const train = loadMnist('train');
  const test = loadMnist('test');
  const options = sdnnTrainerOptions(run);
  const lanes = run.engine === 'lanes' ? await nodeLaneTrainer(options, run.threads) : undefined;
  const trainer = lanes ?? new Trainer(options);
  const engine = lanes ? `lanes, ${run.threads} thread(s)` : `tfjs ${backend}`;
  console.info(
    `Training the SDNN (${SDNN_CLASSES} outputs) for ${run.steps} steps of ${run.batchSize} windows with ${engine}, seed ${run.seed}`,
  );
  const started = performance.now();
  const every = Math.max(1, Math.floor(run.steps / 20));
  let sum = 0;
  const finalLoss = trainOnWindows(trainer, train, run, ({ step, loss }) => {
    sum += loss;
    if ((step + 1) % every !== 0) return;
    const seconds = (performance.now() - started) / 1000;
    console.info(`step ${step + 1}: mean loss ${(sum / every).toFixed(4)}, ${seconds.toFixed(0)} s`);
    sum = 0;
  });
  const seconds = (performance.now() - started) / 1000;
  const measured = evaluateWindows(trainer.model, test, SDNN_TEST_WINDOWS.count, SDNN_TEST_WINDOWS.seed);
  console.info(
    `Test windows: ${percent(measured.accuracy)} right, blanks ${percent(measured.blankAccuracy)}, characters ${percent(measured.characterAccuracy)}`,
  );
  const saved = await saveModel(trainer.model, {
    network: 'lenet5',
    preset: 'sdnn',
    switches: SDNN_SWITCHES,
    classes: SDNN_CLASSES,
    description: SDNN_DESCRIPTION,
    input: SDNN_INPUT,
    windows: SDNN_TRAINING,
    steps: run.steps,
    batchSize: run.batchSize,
    schedule: 'cosine',
    learningRate: run.learningRate,
    seed: run.seed,
    finalLoss,
    testWindows: { ...SDNN_TEST_WINDOWS, ...measured },
    trainingSeconds: Math.round(seconds),
    backend: engine,
  });
  writeSavedModel(run.out, saved);
  console.info(`Wrote ${run.out} (${seconds.toFixed(0)} s of training)`);
  trainer.dispose();
}
