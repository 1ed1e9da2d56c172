/**
 * Section VII's benchmark (issue 30, item 4): strings of MNIST test digits, seeded, read four ways:
 * (a) the SDNN with the transducer, (b) the SDNN's best class per position, (c) connected components
 * each read by the single-digit LeNet-5, (d) the strip's known centres (a reference that cheats).
 *   npm run bench:strings -- [--strings 1000] [--seed 1] [--single paper|modern] [--sdnn public/models/sdnn]
 *     [--character-penalty 0] [--digits test|train] [--out FILE]
 * --digits train composes the strings from training digits instead, to tune the transducer without the test set.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { preset } from '../src/lib/lenet/lenet5.ts';
import { loadModel } from '../src/lib/model/artifacts.ts';
import { LineReader } from '../src/lib/sdnn/line-reader.ts';
import { BENCH_SETTINGS, benchLines, benchTable, scoreReaders, type BenchRow } from '../src/lib/sdnn/string-bench.ts';
import { componentReader, knownCentresReader, sdnnReaders } from '../src/lib/sdnn/string-readers.ts';
import { positiveNumber } from './support/args.ts';
import { useBackend } from './support/backend.ts';
import { loadMnist } from './support/mnist-files.ts';
import { readSavedModel } from './support/model-files.ts';

const { values } = parseArgs({
  options: {
    strings: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    single: { type: 'string', default: 'paper' },
    sdnn: { type: 'string', default: join('public', 'models', 'sdnn') },
    'character-penalty': { type: 'string', default: '0' },
    digits: { type: 'string', default: 'test' },
    out: { type: 'string' },
  },
});
if (values.single !== 'paper' && values.single !== 'modern')
  throw new Error(`--single must be paper or modern; got "${values.single}".`);
if (values.digits !== 'test' && values.digits !== 'train')
  throw new Error(`--digits must be test or train; got "${values.digits}".`);
const characterPenalty = Number(values['character-penalty']);
if (!Number.isFinite(characterPenalty) || characterPenalty < 0)
  throw new Error(`--character-penalty must be a number from 0; got "${values['character-penalty']}".`);
const strings = Math.round(positiveNumber(values.strings, '--strings'));
const seed = Math.round(positiveNumber(values.seed, '--seed'));

const backend = await useBackend('wasm');
const digits = loadMnist(values.digits);
const sdnn = await loadModel(readSavedModel(values.sdnn));
const single = await loadModel(readSavedModel(join('public', 'models', values.single)));
// The strip's method replicates the single-digit network, which needs the convolutional head: the paper's.
const paper = values.single === 'paper' ? single : await loadModel(readSavedModel(join('public', 'models', 'paper')));
const lineReader = new LineReader(sdnn);
const centres = knownCentresReader(paper, preset('paper'));
const readers = [...sdnnReaders(lineReader, characterPenalty), componentReader(single), centres];

console.info(
  `${strings} strings of MNIST ${values.digits} digits per setting, seed ${seed}, character penalty ${characterPenalty}, tfjs ${backend}`,
);
const rows: BenchRow[] = [];
const started = performance.now();
BENCH_SETTINGS.forEach(({ name, settings }, index) => {
  const lines = benchLines(digits, settings, strings, seed * 1000 + index);
  rows.push(...scoreReaders(name, lines, readers));
  console.info(`${name}: done, ${((performance.now() - started) / 1000).toFixed(0)} s`);
});
console.info(`\n${benchTable(rows)}`);
if (values.out) {
  const record = {
    strings,
    seed,
    digits: values.digits,
    characterPenalty,
    single: values.single,
    sdnn: values.sdnn,
    settings: BENCH_SETTINGS,
    rows,
  };
  writeFileSync(values.out, `${JSON.stringify(record, null, 2)}\n`);
  console.info(`Wrote ${values.out}`);
}
lineReader.dispose();
centres.dispose();
