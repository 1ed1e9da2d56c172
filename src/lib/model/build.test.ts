import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../lenet/analyze.ts';
import { lenet5 } from '../lenet/lenet5.ts';
import { SWITCH_VALUES, type Switches } from '../lenet/switches.ts';
import { TABLE_ONE } from '../lenet/table-one.ts';
import { buildModel, fixedParameterCount, trainableParameterCount } from './build.ts';
import { stockModernLeNet5 } from './stock-modern.ts';
import { tf } from './tf.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SETTINGS: Switches[] = SWITCH_VALUES.c3.flatMap((c3) =>
  SWITCH_VALUES.subsampling.flatMap((subsampling) =>
    SWITCH_VALUES.output.flatMap((output) => SWITCH_VALUES.head.map((head) => ({ c3, subsampling, output, head }))),
  ),
);
const SIZES = [
  { height: 32, width: 32 },
  { height: 36, width: 36 },
  { height: 33, width: 47 },
];

function calculator(settings: Switches, size: { height: number; width: number }) {
  const result = analyze(lenet5(settings), size);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.totals;
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

  it('a custom C3 table with one more link has 25 more parameters', () => {
    const table = TABLE_ONE.map((row) => [...row]);
    table[3]![0] = true;
    const settings = { c3: 'sparse', subsampling: 'trainable', output: 'rbf', head: 'convolutional' } as const;
    const model = buildModel(lenet5({ ...settings, c3Table: table }), { height: 32, width: 32 });
    expect(trainableParameterCount(model)).toBe(60_000 + 25);
    model.dispose();
  });

  it('gives [batch, 10] with a flatten head and [batch, H, W, 10] with a convolutional head', () => {
    const paper = { c3: 'sparse', subsampling: 'trainable', output: 'rbf', head: 'convolutional' } as const;
    const wide = buildModel(lenet5(paper), { height: 32, width: 64 });
    expect(wide.outputs[0]!.shape).toEqual([null, 1, 9, 10]);
    const flat = buildModel(lenet5({ ...paper, head: 'flatten' }), { height: 36, width: 36 });
    expect(flat.outputs[0]!.shape).toEqual([null, 10]);
    wide.dispose();
    flat.dispose();
  });
});
