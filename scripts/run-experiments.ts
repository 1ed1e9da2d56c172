/**
 * Reruns the paper's LeNet-5 experiments (src/lib/experiments) in Node on the lane
 * engine and records each seed's errors in src/lib/experiments/records.json:
 *   npm run experiments -- paper-distorted fig6-7500 --seeds 1,2,3,4,5 [--keep DIR: each run's model in DIR/ID-seedN]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPERIMENTS, isExperimentId, withRun, type ExperimentRecords } from '../src/lib/experiments/experiments.ts';
import { positiveNumber } from './support/args.ts';
import { trainExperiment } from './support/experiment-run.ts';

const RECORDS = join(import.meta.dirname, '..', 'src', 'lib', 'experiments', 'records.json');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: '1,2,3,4,5' }, keep: { type: 'string' } },
});
const unknown = positionals.filter((id) => !isExperimentId(id));
if (positionals.length === 0 || unknown.length > 0) {
  throw new Error(
    `Name experiments from: ${Object.keys(EXPERIMENTS).join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
  );
}
const seeds = values.seeds.split(',').map((seed) => positiveNumber(seed, '--seeds'));
for (const id of positionals.filter(isExperimentId)) {
  for (const seed of seeds) {
    const run = await trainExperiment(EXPERIMENTS[id], seed, values.keep && join(values.keep, `${id}-seed${seed}`));
    const records = JSON.parse(readFileSync(RECORDS, 'utf8')) as ExperimentRecords;
    writeFileSync(RECORDS, `${JSON.stringify(withRun(records, id, run), null, 2)}\n`);
    console.info(
      `${id}, seed ${seed}: test error ${(run.testError * 100).toFixed(2)}%, training error ${(run.trainError * 100).toFixed(2)}%, ${run.seconds.toFixed(0)} s at ${run.samplesPerSecond.toFixed(0)} digits/s (${run.engine})`,
    );
  }
}
process.exit();
