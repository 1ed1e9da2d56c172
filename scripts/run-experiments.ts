/**
 * Reruns the paper's LeNet-5 experiments (src/lib/experiments) in Node on the lane
 * engine and records each seed's errors in src/lib/experiments/records.json:
 *   npm run experiments -- paper-distorted fig6-7500 --seeds 1,2,3,4,5 [--keep DIR: each run's model in DIR/ID-seedN]
 * To choose settings, on 10,000 held-out training digits (never the test digits), recorded in tuning.json:
 *   npm run experiments -- paper-distorted --held-out --learning-rate 0.004 --batch 32 --distort-strength 0.5 --seeds 1,2
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPERIMENTS, isExperimentId, withRun, type ExperimentRecords } from '../src/lib/experiments/experiments.ts';
import { positiveNumber } from './support/args.ts';
import { distortStrength } from './support/distort-strength.ts';
import { trainExperiment } from './support/experiment-run.ts';
import { withTuningRun, type TuningRun } from '../src/lib/experiments/tuning.ts';

const RECORDS = join(import.meta.dirname, '..', 'src', 'lib', 'experiments', 'records.json');
const TUNING = join(import.meta.dirname, '..', 'src', 'lib', 'experiments', 'tuning.json');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5' },
    keep: { type: 'string' },
    'held-out': { type: 'boolean', default: false },
    'learning-rate': { type: 'string' },
    batch: { type: 'string' },
    'distort-strength': { type: 'string' },
  },
});
const heldOut = values['held-out'];
const tuned = {
  ...(values['learning-rate'] ? { learningRate: positiveNumber(values['learning-rate'], '--learning-rate') } : {}),
  ...(values.batch ? { batchSize: positiveNumber(values.batch, '--batch') } : {}),
  ...(values['distort-strength'] ? { distortStrength: distortStrength(values['distort-strength']) } : {}),
};
if (!heldOut && Object.keys(tuned).length > 0)
  throw new Error(
    '--learning-rate, --batch and --distort-strength are for --held-out runs: settings are chosen on held-out digits, never on the test digits.',
  );
const unknown = positionals.filter((id) => !isExperimentId(id));
if (positionals.length === 0 || unknown.length > 0) {
  throw new Error(
    `Name experiments from: ${Object.keys(EXPERIMENTS).join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
  );
}
const seeds = values.seeds.split(',').map((seed) => positiveNumber(seed, '--seeds'));
for (const id of positionals.filter(isExperimentId)) {
  for (const seed of seeds) {
    const experiment = { ...EXPERIMENTS[id], ...tuned };
    const keep = values.keep && join(values.keep, `${id}-seed${seed}${heldOut ? '-held-out' : ''}`);
    const run = await trainExperiment(experiment, seed, { ...(keep ? { keep } : {}), heldOut });
    if (heldOut) {
      const settings = {
        learningRate: experiment.learningRate,
        batchSize: experiment.batchSize,
        distortStrength: experiment.distortStrength ?? 1,
      };
      const record = JSON.parse(readFileSync(TUNING, 'utf8')) as { runs: TuningRun[] };
      const tuningRun = {
        experiment: id,
        settings,
        seed,
        heldOutError: run.testError,
        trainError: run.trainError,
        seconds: run.seconds,
      };
      writeFileSync(TUNING, `${JSON.stringify({ runs: withTuningRun(record.runs, tuningRun) }, null, 2)}\n`);
      console.info(
        `${id} (held out), learning rate ${settings.learningRate}, batch ${settings.batchSize}, distortion strength ${settings.distortStrength}, seed ${seed}: held-out error ${(run.testError * 100).toFixed(2)}%, training error ${(run.trainError * 100).toFixed(2)}%, ${run.seconds.toFixed(0)} s`,
      );
      continue;
    }
    const records = JSON.parse(readFileSync(RECORDS, 'utf8')) as ExperimentRecords;
    writeFileSync(RECORDS, `${JSON.stringify(withRun(records, id, run), null, 2)}\n`);
    console.info(
      `${id}, seed ${seed}: test error ${(run.testError * 100).toFixed(2)}%, training error ${(run.trainError * 100).toFixed(2)}%, ${run.seconds.toFixed(0)} s at ${run.samplesPerSecond.toFixed(0)} digits/s (${run.engine})`,
    );
  }
}
process.exit();
