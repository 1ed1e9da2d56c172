/**
 * The site's take-away code checked by something the project did not write:
 * real PyTorch runs every PyTorch export and counts its parameters, output shape
 * and multiply-adds; Python's own parser reads every Keras export; and the
 * pretrained weights, converted for PyTorch, score real MNIST digits as tfjs does.
 */
import '@tensorflow/tfjs-backend-cpu';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planOf, toKeras, toPyTorch, type Plan } from '../src/lib/export/index.ts';
import {
  ALL_SWITCHES,
  describeSwitches,
  flattens,
  lenet5,
  NETWORKS,
  parseInputSize,
  PRESETS,
  TABLE_ONE,
  torchName,
  TUTORIAL_LENET5,
  type Analysis,
  type NetworkSpec,
  type Size2,
} from '../src/lib/lenet/index.ts';
import { analysisOf, UNUSUAL_SPECS } from '../src/lib/lenet/test-support.ts';
import { batchOf } from '../src/lib/mnist/index.ts';
import { answerOf } from '../src/lib/model/answer.ts';
import { loadModel } from '../src/lib/model/artifacts.ts';
import { modelOf } from '../src/lib/model/build.ts';
import { perDigit } from '../src/lib/model/loss.ts';
import { namedWeights } from '../src/lib/model/named-weights.ts';
import { realMnist } from '../src/lib/model/test-support.ts';
import { tf } from '../src/lib/model/tf.ts';
import {
  builtOf,
  npy,
  npz,
  PRETRAINED_MODELS,
  torchState,
  weightsFromManifest,
  type PretrainedModel,
} from '../src/lib/weights/index.ts';
import { classifierOf } from '../src/lib/model/classifier.ts';
import { runPython, scratch, type PythonResult } from './python.ts';

/** 32x32, the C5-grows size, a large one, odd and non-square ones. */
const SIZES = ['32x32', '36x36', '128x128', '35x33', '47x64'];
const DIGITS = 256;

const size = (text: string): Size2 => {
  const parsed = parseInputSize(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

/** One more link than Table I, and one fewer: S2 map 3 also feeds C3 map 0; map 0 no longer feeds C3 map 15. */
const customTable = TABLE_ONE.map((row, input) =>
  row.map((cell, map) => (input === 3 && map === 0) || (cell && !(input === 0 && map === 15))),
);

interface Case {
  readonly id: string;
  readonly network: NetworkSpec;
  readonly input: Size2;
}

/** Every registry network other than LeNet-5's switch settings, at its own input size and at 32x32. */
const REGISTRY_CASES: Case[] = NETWORKS.filter((entry) => entry.id !== 'lenet5').flatMap((entry) =>
  [entry.input, { height: 32, width: 32 }].map((input) => ({
    id: `registry ${entry.id} at ${input.height}x${input.width}`,
    network: entry.build({}),
    input,
  })),
);

const CASES: Case[] = [
  ...ALL_SWITCHES.flatMap((switches) =>
    SIZES.map((input) => ({
      id: `${describeSwitches(switches)} at ${input}`,
      network: lenet5(switches),
      input: size(input),
    })),
  ),
  ...(['paper', 'modern'] as const).flatMap((variant) =>
    ['32x32', '40x36'].map((input) => ({
      id: `${variant} with a custom C3 table at ${input}`,
      network: lenet5({ ...PRESETS[variant], c3Table: customTable }),
      input: size(input),
    })),
  ),
  ...UNUSUAL_SPECS.map(({ network, input }) => ({ id: network.name, network, input })),
  { id: "the tutorials' LeNet-5 at 28x28", ...TUTORIAL_LENET5 },
  ...REGISTRY_CASES,
];

function planFor({ network, input }: Case): Plan {
  const plan = planOf(network, input);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

/** The output's shape as PyTorch gives it: classes, then positions unless a layer flattened them. */
function expectedShape(analysis: Analysis): number[] {
  const last = analysis.layers.at(-1)!.shape;
  const flattened = analysis.network.layers.some(flattens);
  return flattened ? [last.channels] : [last.channels, last.height, last.width];
}

/** The exported code with its commented weight-loading lines switched on, reading `path`. */
function withWeights(code: string, path: string): string {
  const loading = code
    .replace('# import numpy as np', 'import numpy as np')
    .replace(/# (model\.load_state_dict\(.*)"lenet5-weights\.npz"/, `$1${JSON.stringify(path)}`);
  if (!loading.includes(JSON.stringify(path))) throw new Error('The export has no commented line that loads weights.');
  return loading;
}

/** Networks whose weights come from a fresh tfjs model: flattening over 2x2 maps, tables, strides, two channels. */
const RANDOM_TRIPS: Case[] = [
  { id: 'modern at 36x36', network: lenet5(PRESETS.modern), input: size('36x36') },
  {
    id: 'paper, custom C3, flatten head at 40x36',
    network: lenet5({ ...PRESETS.paper, head: 'flatten', c3Table: customTable }),
    input: size('40x36'),
  },
  ...UNUSUAL_SPECS.map(({ network, input }) => ({ id: network.name, network, input })),
  ...REGISTRY_CASES,
];

const folder = scratch();
const tfjsScores = new Map<string, number[][]>();
let result: PythonResult;

/** The results page quotes this model's test error: PyTorch reads every test digit with it, not only the first. */
const READ_IN_FULL: PretrainedModel = 'paper-distorted';
const ALL_TEST_DIGITS = 10_000;

/** The shipped models, each with the registry network it was trained as and how many test digits it reads. */
const SHIPPED = PRETRAINED_MODELS.map((model) => {
  const built = builtOf(model);
  const digitBox = NETWORKS.find((entry) => entry.id === built.id)!.placement.digitBox;
  const digits = model === READ_IN_FULL ? ALL_TEST_DIGITS : DIGITS;
  return { model, digits, network: built.network, placement: { input: built.input, digitBox } };
});

/** The first test digits placed as a shipped model reads them: saved for PyTorch, and as a tensor for tfjs. */
function digitsFor({ model, digits, placement }: (typeof SHIPPED)[number]) {
  const batch = batchOf(
    realMnist('test', digits),
    Uint32Array.from({ length: digits }, (_, i) => i),
    0,
    0,
    placement,
  );
  const { height, width } = placement.input;
  const inputsPath = join(folder, `digits-${model}.npy`);
  // One channel: NHWC and NCHW hold the same values in the same order.
  writeFileSync(inputsPath, npy({ name: 'digits', shape: [digits, 1, height, width], data: batch.inputs }));
  return { inputsPath, inputs: tf.tensor4d(batch.inputs, [digits, height, width, 1]) };
}

async function roundTrip(shippedModel: (typeof SHIPPED)[number]) {
  const { model: variant, network, placement } = shippedModel;
  const { inputsPath, inputs } = digitsFor(shippedModel);
  const base = join(import.meta.dirname, '..', 'public', 'models', variant);
  const modelJson = readFileSync(join(base, 'model.json'), 'utf8');
  const weightBytes = new Uint8Array(readFileSync(join(base, 'weights.bin')));
  const model = await loadModel({ modelJson, weights: weightBytes });
  tfjsScores.set(variant, tf.tidy(() => perDigit(model.predict(inputs) as tf.Tensor)).arraySync());
  model.dispose();
  inputs.dispose();
  const manifest = (JSON.parse(modelJson) as { weightsManifest: { weights: { name: string; shape: number[] }[] }[] })
    .weightsManifest[0]!.weights;
  const { input } = placement;
  const plan = planFor({ id: variant, network, input });
  const weightsPath = join(folder, `${variant}.npz`);
  writeFileSync(
    weightsPath,
    npz(torchState(plan, analysisOf(network, input), weightsFromManifest(manifest, weightBytes))),
  );
  return { id: variant, code: withWeights(toPyTorch(plan), weightsPath), inputs: inputsPath };
}

/** Random inputs in NCHW for PyTorch; tfjs gets the same values in NHWC. */
function randomTrip(entry: Case, index: number) {
  const channels = entry.network.layers[0].channels;
  const shape = [8, channels, entry.input.height, entry.input.width];
  const model = modelOf(entry.network, entry.input, { seed: index + 1 });
  if (!model.ok) throw new Error(model.error.message);
  const nchw = tf.randomUniform(shape, -1, 1, 'float32', index + 7);
  const inputsPath = join(folder, `random-${index}.npy`);
  writeFileSync(inputsPath, npy({ name: 'inputs', shape, data: nchw.dataSync() as Float32Array }));
  const output = tf.tidy(() => perDigit(model.value.predict(tf.transpose(nchw, [0, 2, 3, 1])) as tf.Tensor));
  // PyTorch keeps classes before positions; tfjs after.
  const classesFirst = tf.tidy(() => {
    const raw = model.value.outputs[0]!.shape;
    if (raw.length === 2) return output.clone();
    const [, height, width, classes] = raw as number[];
    return tf.reshape(tf.transpose(tf.reshape(output, [8, height!, width!, classes!]), [0, 3, 1, 2]), [8, -1]);
  });
  tfjsScores.set(entry.id, classesFirst.arraySync() as number[][]);
  const weightsPath = join(folder, `random-${index}.npz`);
  const plan = planFor(entry);
  const weights = new Map(namedWeights(model.value).map((array) => [array.name, array]));
  writeFileSync(weightsPath, npz(torchState(plan, analysisOf(entry.network, entry.input), weights)));
  tf.dispose([nchw, output, classesFirst]);
  model.value.dispose();
  return { id: entry.id, code: withWeights(toPyTorch(plan), weightsPath), inputs: inputsPath };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  const randomTrips = RANDOM_TRIPS.map(randomTrip);
  const roundTrips = [];
  for (const shippedModel of SHIPPED) roundTrips.push(await roundTrip(shippedModel));
  const exports = CASES.map((entry) => ({ entry, plan: planFor(entry) }));
  result = runPython(
    {
      pytorch: exports.map(({ entry, plan }) => ({
        id: entry.id,
        code: toPyTorch(plan),
        input: [entry.network.layers[0].channels, entry.input.height, entry.input.width] as const,
      })),
      keras: exports.map(({ entry, plan }) => ({ id: entry.id, code: toKeras(plan) })),
      roundTrips: [...roundTrips, ...randomTrips],
    },
    folder,
  );
});

describe('every PyTorch export runs in PyTorch and agrees with the calculator', () => {
  it.each(CASES)('$id', ({ id, network, input }) => {
    const analysis = analysisOf(network, input);
    const measured = result.pytorch.find((entry) => entry.id === id)!;
    expect(measured.error).toBeNull();
    expect(measured.trainable).toBe(analysis.totals.trainable);
    expect(measured.shape).toEqual(expectedShape(analysis));
    const counted = Object.fromEntries(
      analysis.layers.filter((layer) => layer.macs > 0).map((layer) => [torchName(layer.name), layer.macs]),
    );
    const hooked = Object.fromEntries(Object.entries(measured.macs).filter(([, macs]) => macs > 0));
    expect(hooked).toEqual(counted);
  });

  it('covers all 16 switch settings at five sizes, custom tables and unusual specs', () => {
    expect(result.pytorch).toHaveLength(16 * SIZES.length + 4 + UNUSUAL_SPECS.length + 1 + REGISTRY_CASES.length);
  });
});

describe('every Keras export parses in Python (TensorFlow itself is not installable here)', () => {
  it.each(CASES)('$id', ({ id }) => {
    expect(result.keras.find((entry) => entry.id === id)!.error).toBeNull();
  });
});

describe("the pretrained weights, loaded into the exported PyTorch model, score digits as the site's tfjs does", () => {
  // Over 10,000 digits float32 sums drift apart by up to about 2e-5 of a squared distance: the
  // difference is measured against the score's size where that is above 1.
  it.each(SHIPPED)(
    '$model: $digits MNIST test digits, ten scores each within 1e-4 of their size',
    ({ model: variant, digits }) => {
      const torchScores = result.roundTrips.find((entry) => entry.id === variant)!.scores;
      const siteScores = tfjsScores.get(variant)!;
      expect(torchScores).toHaveLength(digits);
      let worst = 0;
      torchScores.forEach((scores, digit) => {
        expect(scores).toHaveLength(10);
        scores.forEach((score, k) => {
          const site = siteScores[digit]![k]!;
          worst = Math.max(worst, Math.abs(score - site) / Math.max(1, Math.abs(site)));
        });
      });
      console.info(
        `${variant}: largest |PyTorch - tfjs| / max(1, |tfjs|) over ${digits} digits x 10 scores: ${worst.toExponential(2)}`,
      );
      expect(worst).toBeLessThan(1e-4);
    },
  );

  it.each(SHIPPED)('$model: PyTorch and tfjs answer the same digit every time', ({ model: variant, network }) => {
    const classifier = classifierOf(network);
    const answers = (scores: number[][]) => scores.map((row) => answerOf(row, classifier));
    const torchAnswers = answers(result.roundTrips.find((entry) => entry.id === variant)!.scores);
    expect(torchAnswers).toEqual(answers(tfjsScores.get(variant)!));
    const labels = realMnist('test', torchAnswers.length).labels;
    const correct = torchAnswers.filter((answer, i) => answer === labels[i]).length;
    expect(correct / torchAnswers.length).toBeGreaterThan(0.97);
  });

  it(`${READ_IN_FULL}: PyTorch misreads as many of the ${ALL_TEST_DIGITS.toLocaleString('en-US')} test digits as its metadata records`, () => {
    const { network } = SHIPPED.find((entry) => entry.model === READ_IN_FULL)!;
    const classifier = classifierOf(network);
    const labels = realMnist('test', ALL_TEST_DIGITS).labels;
    const scores = result.roundTrips.find((entry) => entry.id === READ_IN_FULL)!.scores;
    const wrong = scores.filter((row, i) => answerOf(row, classifier) !== labels[i]).length;
    const file = join(import.meta.dirname, '..', 'public', 'models', READ_IN_FULL, 'model.json');
    const recorded = (JSON.parse(readFileSync(file, 'utf8')) as { userDefinedMetadata: { testError: number } })
      .userDefinedMetadata.testError;
    console.info(`${READ_IN_FULL}: PyTorch misreads ${wrong} of ${ALL_TEST_DIGITS} test digits`);
    expect(wrong / ALL_TEST_DIGITS).toBeCloseTo(recorded, 6);
  });
});

describe('weights of any network, converted for PyTorch, give the scores tfjs gives', () => {
  it.each(RANDOM_TRIPS)('$id: 8 random inputs, every score within 1e-4', ({ id }) => {
    const torchScores = result.roundTrips.find((entry) => entry.id === id)!.scores;
    const siteScores = tfjsScores.get(id)!;
    expect(torchScores.length).toBe(8);
    torchScores.forEach((scores, i) => {
      expect(scores.length).toBe(siteScores[i]!.length);
      scores.forEach((score, k) => expect(Math.abs(score - siteScores[i]![k]!)).toBeLessThan(1e-4));
    });
  });
});
