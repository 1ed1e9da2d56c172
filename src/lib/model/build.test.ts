import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { lenet5 } from '../lenet/lenet5.ts';
import { LENET1, LENET1_ENTRY } from '../lenet/networks/lenet1.ts';
import { frameworkName } from '../lenet/names.ts';
import { ALL_SWITCHES, PRESETS, type Switches } from '../lenet/switches.ts';
import type { NetworkSpec } from '../lenet/spec.ts';
import { analysisOf, UNUSUAL_SPECS } from '../lenet/test-support.ts';
import { TABLE_ONE } from '../lenet/table-one.ts';
import { buildModel, fixedParameterCount, modelOf, trainableParameterCount } from './build.ts';
import { stockModernLeNet5 } from './stock-modern.ts';
import { tf } from './tf.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SETTINGS = ALL_SWITCHES;
const SIZES = [
  { height: 32, width: 32 },
  { height: 36, width: 36 },
  { height: 33, width: 47 },
];

function calculator(settings: Switches, size: { height: number; width: number }) {
  const result = analysisOf(lenet5(settings), size);
  return result.totals;
}

describe("buildModel(spec, input) has the calculator's parameter count, as tfjs counts it", () => {
  it.each(SIZES)('for all 16 switch settings at $height x $width', (size) => {
    for (const settings of SETTINGS) {
      const model = buildModel(lenet5(settings), size);
      const totals = calculator(settings, size);
      expect([settings, trainableParameterCount(model)]).toEqual([settings, totals.trainable]);
      expect(fixedParameterCount(model)).toBe(totals.fixed);
      model.dispose();
    }
  });

  it('the calculator agrees with a stock tfjs model of the modern preset (model.countParams)', () => {
    // Built from tfjs's own layers, independently of buildModel and of the spec.
    const stock = stockModernLeNet5();
    const settings = { c3: 'full', subsampling: 'average', output: 'softmax', head: 'flatten' } as const;
    expect(stock.countParams()).toBe(calculator(settings, { height: 32, width: 32 }).trainable);
    expect(stock.countParams()).toBe(61_706);
    stock.dispose();
  });

  it("LeNet-1 built by tfjs has the NIPS paper's 2,578 parameters and answers [batch, 10]", () => {
    const model = buildModel(LENET1, LENET1_ENTRY.input);
    expect(trainableParameterCount(model)).toBe(2578);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    model.dispose();
  });

  it('a custom C3 table with one more link has 25 more parameters', () => {
    const table = TABLE_ONE.map((row) => [...row]);
    table[3]![0] = true;
    const settings = PRESETS.paper;
    const model = buildModel(lenet5({ ...settings, c3Table: table }), { height: 32, width: 32 });
    expect(trainableParameterCount(model)).toBe(60_000 + 25);
    model.dispose();
  });

  it('gives [batch, 10] with a flatten head and [batch, H, W, 10] with a convolutional head', () => {
    const paper = PRESETS.paper;
    const wide = buildModel(lenet5(paper), { height: 32, width: 64 });
    expect(wide.outputs[0]!.shape).toEqual([null, 1, 9, 10]);
    const flat = buildModel(lenet5({ ...paper, head: 'flatten' }), { height: 36, width: 36 });
    expect(flat.outputs[0]!.shape).toEqual([null, 10]);
    wide.dispose();
    flat.dispose();
  });
});

describe('modelOf(spec) honours every field of a spec that is not LeNet-5, or names the one it cannot', () => {
  it.each(UNUSUAL_SPECS)(
    "$network.name: countParams() and the output shape are the calculator's",
    ({ network, input }) => {
      const analysis = analysisOf(network, input);
      const model = modelOf(network, input);
      if (!model.ok) throw new Error(model.error.message);
      expect(model.value.countParams() - fixedParameterCount(model.value)).toBe(analysis.totals.trainable);
      const shapes = model.value.layers.map((layer) => layer.outputShape as number[]);
      const last = analysis.layers.at(-1)!.shape;
      const flattened = network.layers.some((layer) => layer.kind === 'full' && layer.scope === 'flattened');
      expect(shapes.at(-1)).toEqual(flattened ? [null, last.channels] : [null, last.height, last.width, last.channels]);
      // Every convolution and subsampling layer's own output has the calculator's height and width.
      for (const figures of analysis.layers.filter((layer) => ['convolution', 'subsampling'].includes(layer.kind))) {
        const layer = model.value.getLayer(frameworkName(figures.name));
        expect(layer.outputShape).toEqual([null, figures.shape.height, figures.shape.width, figures.shape.channels]);
      }
      model.value.dispose();
    },
  );

  const paper = lenet5(PRESETS.paper);
  const withOutput = (change: object): NetworkSpec => ({
    ...paper,
    layers: [paper.layers[0], ...paper.layers.slice(1, -1), { ...paper.layers.at(-1)!, ...change }],
  });
  it.each([
    [
      'RBF prototypes of another size',
      { classifier: { type: 'rbf', prototype: { height: 7, width: 12 } } },
      'classifier.prototype',
    ],
    ['an RBF layer squashed by tanh', { activation: 'tanh' }, 'activation'],
    ['a softmax classifier ending in relu', { classifier: { type: 'softmax' }, activation: 'relu' }, 'activation'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const model = modelOf(withOutput(change), { height: 32, width: 32 });
    expect(model.ok).toBe(false);
    if (!model.ok) expect(model.error).toMatchObject({ code: 'unsupported', layer: 'Output', field });
  });

  it('refuses two layers whose names differ only in case', () => {
    const clash = {
      ...paper,
      layers: [
        paper.layers[0],
        ...paper.layers.slice(1).map((layer) => (layer.name === 'C3' ? { ...layer, name: 'c1' } : layer)),
      ],
    } as NetworkSpec;
    const model = modelOf(clash, { height: 32, width: 32 });
    expect(model.ok ? undefined : model.error.field).toBe('name');
  });
});
