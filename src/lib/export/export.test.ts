import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  lenet5,
  PRESETS,
  preset,
  TABLE_ONE,
  type Analysis,
  type LeNet5Options,
  type NetworkSpec,
} from '../lenet/index.ts';
import { analysisOf, UNUSUAL_SPECS } from '../lenet/test-support.ts';
import { tf, tfl } from '../model/tf.ts';
import { planOf, type Plan } from './plan.ts';
import { toKeras } from './keras.ts';
import { toPyTorch } from './pytorch.ts';
import { tableCsv, tableJson } from './table-files.ts';
import { toTfjs } from './tfjs.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const PAPER: LeNet5Options = PRESETS.paper;
const MODERN: LeNet5Options = { c3: 'full', subsampling: 'average', output: 'softmax', head: 'flatten' };
const customTable = TABLE_ONE.map((row, input) => row.map((cell, map) => cell || (input === 3 && map === 0)));

function planFor(network: NetworkSpec, input: { height: number; width: number }): Plan {
  const plan = planOf(network, input);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

const lenet5At = (options: LeNet5Options, side = 32): Analysis =>
  analysisOf(lenet5(options), { height: side, width: side });

/** Runs the exported TensorFlow.js code as a reader would paste it, and returns its model. */
function runTfjsSnippet(code: string): tfl.LayersModel {
  const body = code.replace(/^import .*$/m, '') + '\nreturn model;';
  const namespace = { ...tf, ...tfl, layers: tfl.layers, initializers: tfl.initializers, sequential: tfl.sequential };
  const quiet = { ...console, log: () => undefined };
  // The point of the test: run the exported text as code, exactly as a reader would paste it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  return new Function('tf', 'console', body)(namespace, quiet) as tfl.LayersModel;
}

describe('the exported TensorFlow.js code builds the network on the page', () => {
  it.each(UNUSUAL_SPECS)(
    "$network.name: strides, padding and non-square windows give the calculator's count and shape",
    ({ network, input }) => {
      const analysis = analysisOf(network, input);
      const model = runTfjsSnippet(toTfjs(planFor(network, input)));
      // The exported RBF layer holds its prototypes as a constant, not a weight.
      expect(model.countParams()).toBe(analysis.totals.trainable);
      const last = analysis.layers.at(-1)!.shape;
      expect(model.outputs[0]!.shape.slice(-1)).toEqual([last.channels]);
      model.dispose();
    },
  );

  it.each([
    ['the paper at 32x32', PAPER, 32],
    ['the modern port at 32x32', MODERN, 32],
    ['the paper at 36x36', PAPER, 36],
    ['the modern port at 36x36', MODERN, 36],
    ['a custom C3 table', { ...PAPER, c3Table: customTable }, 32],
  ] as const)('%s: model.countParams() equals the calculator', (_, options, side) => {
    const analysis = lenet5At(options, side);
    const model = runTfjsSnippet(toTfjs(planFor(analysis.network, analysis.input)));
    expect(model.countParams()).toBe(analysis.totals.trainable);
    model.dispose();
  });
});

describe('Keras and PyTorch code', () => {
  it("spells the paper's parts as custom layers", () => {
    const plan = planFor(preset('paper'), { height: 32, width: 32 });
    const keras = toKeras(plan);
    for (const part of [
      'class SparseConv2D',
      'class TrainableSubsampling',
      'class ScaledTanh',
      'class RBFOutput',
      'keras.Input((32, 32, 1))',
    ]) {
      expect(keras).toContain(part);
    }
    expect(toPyTorch(plan)).toContain('("C3", SparseConv2d(C3_TABLE, 5)),');
  });

  it("uses stock layers for the modern port's convolutions, pooling and output", () => {
    const plan = planFor(preset('modern'), { height: 32, width: 32 });
    for (const custom of ['SparseConv2D', 'TrainableSubsampling', 'RBFOutput'])
      expect(toKeras(plan)).not.toContain(custom);
    expect(toPyTorch(plan)).toContain('("C3", nn.LazyConv2d(16, 5)),');
    expect(toPyTorch(plan)).toContain('nn.Flatten()');
  });
});

describe('table files', () => {
  const analysis = lenet5At(PAPER);

  it("CSV has a header, one row per layer and the paper's totals, 60000 and 340908", () => {
    const lines = tableCsv(analysis).trim().split('\n');
    expect(lines).toHaveLength(1 + 8 + 1);
    // The paper's totals: 60,000 trainable parameters and 340,908 connections (Section II-B).
    expect(lines.at(-1)).toMatch(/^Total,,,,,\d+,\d+,60000,840,340908,\d+,\d+$/);
  });

  it('JSON parses back to the same totals', () => {
    expect((JSON.parse(tableJson(analysis)) as { totals: unknown }).totals).toEqual(analysis.totals);
  });
});
