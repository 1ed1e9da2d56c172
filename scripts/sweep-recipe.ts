/**
 * Measures short-run training recipes (issue 27): trains LeNet-5 on the lane engine
 * (two threads) and tests it every `--every` training digits, recording how many
 * digits it took to reach the target accuracy and where it ended.
 *
 * Settings are chosen on held-out training digits (`--on held-out`, the default):
 * train on 50,000, test on the 10,000 `heldOutSplit` keeps aside. `--on test` trains
 * on all 60,000 and tests on the test digits, for the final table only, and refuses
 * any recipe flag: it runs the playground's defaults as shipped.
 *
 *   node scripts/sweep-recipe.ts --network modern --seeds 1,2 --epochs 2 --lr 0.003 --batch 48 \
 *     --warmup 300 --ema 0.998 --shift 1 --schedule cosine --smoothing 0.1 [--label name] [--record]
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { preset } from '../src/lib/lenet/lenet5.ts';
import { accuracyOf, type TrainerOptions } from '../src/lib/model/trainer.ts';
import { DEFAULT_FIELDS, DEFAULT_RECIPE, TRAINING_SHIFT } from '../src/lib/playground/settings.ts';
import { useBackend } from './support/backend.ts';
import { heldOutSplit } from './support/experiment-run.ts';
import { loadMnist } from './support/mnist-files.ts';
import { nodeLaneTrainer } from './support/node-lanes.ts';

const RECORD = new URL('../src/lib/experiments/recipe-sweep.json', import.meta.url);
const PLAYGROUND_DIGITS = 60_000;
const RECIPE_FLAGS = ['epochs', 'lr', 'batch', 'warmup', 'ema', 'shift', 'schedule', 'smoothing'] as const;

const { values } = parseArgs({
  options: {
    network: { type: 'string', default: 'modern' },
    seeds: { type: 'string', default: '1,2' },
    on: { type: 'string', default: 'held-out' },
    epochs: { type: 'string' },
    lr: { type: 'string' },
    batch: { type: 'string' },
    warmup: { type: 'string' },
    ema: { type: 'string' },
    smoothing: { type: 'string' },
    shift: { type: 'string' },
    schedule: { type: 'string' },
    every: { type: 'string', default: '6000' },
    target: { type: 'string' },
    label: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
});

const network = values.network === 'paper' ? 'paper' : 'modern';
if (values.on !== 'held-out' && values.on !== 'test') throw new Error(`--on takes held-out or test; got ${values.on}.`);
const onTest = values.on === 'test';
if (onTest) {
  const given = RECIPE_FLAGS.filter((flag) => values[flag] !== undefined);
  if (given.length)
    throw new Error(
      `--on test runs the shipped defaults only; settings are chosen on held-out digits, not with --${given.join(', --')}.`,
    );
}

const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
const recipe = {
  network,
  epochs: number(values.epochs, Number(DEFAULT_FIELDS.epochs)),
  learningRate: number(values.lr, Number(DEFAULT_FIELDS.learningRate)),
  batchSize: number(values.batch, Number(DEFAULT_FIELDS.batchSize)),
  warmupSteps: number(values.warmup, DEFAULT_RECIPE.warmupSteps),
  averageDecay: number(values.ema, DEFAULT_RECIPE.averageDecay),
  maxShift: number(values.shift, TRAINING_SHIFT),
  labelSmoothing: number(values.smoothing, 0),
  schedule: (values.schedule ?? 'cosine') as 'cosine' | 'constant',
};
const target = number(values.target, network === 'paper' ? 0.985 : 0.99);
const every = Number(values.every);
const seeds = values.seeds.split(',').map(Number);

interface SeedRun {
  readonly seed: number;
  /** Training digits when the test first reached the target; null if it never did. */
  readonly digitsToTarget: number | null;
  readonly finalAccuracy: number;
  readonly seconds: number;
  /** [training digits, accuracy] at each test. */
  readonly curve: [number, number][];
}

async function runSeed(seed: number, train: ReturnType<typeof loadMnist>, test: ReturnType<typeof loadMnist>) {
  // An epoch means what the playground's field means, a pass's worth of 60,000 digits, also on the
  // 50,000 held-out training digits: the schedule then runs as many steps as it will in the playground.
  const batchesPerEpoch = Math.floor(PLAYGROUND_DIGITS / recipe.batchSize);
  const options: TrainerOptions = {
    network: preset(network),
    batchSize: recipe.batchSize,
    learningRate: recipe.learningRate,
    seed,
    maxShift: recipe.maxShift,
    warmupSteps: recipe.warmupSteps,
    averageDecay: recipe.averageDecay,
    ...(recipe.labelSmoothing ? { labelSmoothing: recipe.labelSmoothing } : {}),
    ...(recipe.schedule === 'cosine' ? { cosineSteps: Math.round(recipe.epochs * batchesPerEpoch) } : {}),
  };
  const trainer = await nodeLaneTrainer(options, 2);
  if (!trainer) throw new Error(`The lane engine cannot run the ${network} preset.`);
  const curve: [number, number][] = [];
  const started = performance.now();
  let trained = 0;
  let nextTest = every;
  const measure = () => curve.push([trained, accuracyOf(trainer.predict(test), test)]);
  const passes = Math.ceil((recipe.epochs * PLAYGROUND_DIGITS) / train.count);
  for (let epoch = 0; epoch < passes && !trainer.finished; epoch++) {
    await trainer.trainEpoch(train, () => {
      trained += recipe.batchSize;
      if (trained >= nextTest) {
        measure();
        nextTest += every;
      }
    });
  }
  if (curve.at(-1)?.[0] !== trained) measure();
  const seconds = (performance.now() - started) / 1000;
  trainer.dispose();
  const reached = curve.find(([, accuracy]) => accuracy >= target);
  return { seed, digitsToTarget: reached ? reached[0] : null, finalAccuracy: curve.at(-1)![1], seconds, curve };
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

await useBackend('cpu');
const all = loadMnist('train');
const split = onTest ? { rest: all, heldOut: loadMnist('test') } : heldOutSplit(all);
const runs: SeedRun[] = [];
for (const seed of seeds) {
  const run = await runSeed(seed, split.rest, split.heldOut);
  runs.push(run);
  console.info(
    `seed ${seed}: ${run.digitsToTarget ?? 'never'} digits to ${target * 100}%, final ${(run.finalAccuracy * 100).toFixed(2)}%, ${run.seconds.toFixed(0)} s`,
  );
}
// A seed that never reached the target counts as beyond every digit it trained on.
const toTarget = runs.map((run) => run.digitsToTarget ?? Infinity);
const summary = {
  label: values.label ?? '',
  on: values.on,
  recipe,
  target,
  every,
  medianDigitsToTarget: median(toTarget),
  worstDigitsToTarget: Math.max(...toTarget),
  medianFinal: median(runs.map((run) => run.finalAccuracy)),
  runs,
};
console.info(
  `${summary.label} ${JSON.stringify(recipe)}: median ${summary.medianDigitsToTarget} digits, worst ${summary.worstDigitsToTarget}, final ${(summary.medianFinal * 100).toFixed(2)}%`,
);
if (values.record) {
  const records = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as unknown[]) : [];
  // JSON has no Infinity: a target never reached is null.
  const json = JSON.stringify(summary, (_, value: unknown) => (value === Infinity ? null : value));
  records.push(JSON.parse(json));
  writeFileSync(RECORD, `${JSON.stringify(records, null, 1)}\n`);
}
process.exit(0);
