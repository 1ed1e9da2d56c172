import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { forwardPass } from '../forward/forward.ts';
import { scaledTanh } from '../lenet/activation.ts';
import { entryOf } from '../lenet/networks/registry.ts';
import { batchOf } from '../mnist/dataset.ts';
import { loadModel } from '../model/artifacts.ts';
import { Inspector } from '../model/inspect.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { builtOf, PRETRAINED_MODELS } from '../weights/pretrained-models.ts';
import { committedModel } from '../weights/test-support.ts';
import { explainUnit, type Computation } from './explain.ts';
import type { UnitWork } from './work.ts';
import { addsUpAsPrinted, describeWork, roundingNote, signedSum } from './describe.ts';

const DIGITS = 4;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function committed(name: (typeof PRETRAINED_MODELS)[number]) {
  const built = builtOf(name);
  const placement = { input: built.input, digitBox: entryOf(built.id).placement.digitBox };
  return { built, placement, ...committedModel(name) };
}

/** The value a unit's explanation ends with: its output, or for a classifier its own score. */
const finalValue = (work: UnitWork): number => {
  switch (work.kind) {
    case 'input':
      return work.level;
    case 'distance':
      return work.distances[work.unit.map]!;
    case 'softmax':
      return work.probabilities[work.unit.map]!;
    default:
      return work.output;
  }
};

// The oracle is tfjs's cpu backend: every layer's output for the same digit, read by the playground's Inspector.
describe.each(PRETRAINED_MODELS)('explainUnit on the committed %s model', (name) => {
  const { built, placement, modelJson, bytes, weights } = committed(name);
  const batch = batchOf(realMnist('test', DIGITS), [0, 1, 2, 3], 0, 0, placement);
  const size = built.input.height * built.input.width;

  it(`ends every unit of every layer at tfjs's value, within 1e-4, on ${DIGITS} test digits`, async () => {
    const model = await loadModel({ modelJson, weights: bytes });
    const inspector = new Inspector(model, built.network);
    let worst = 0;
    let checked = 0;
    for (let digit = 0; digit < DIGITS; digit++) {
      const image = batch.inputs.subarray(digit * size, (digit + 1) * size);
      const inspection = inspector.inspect(image);
      const pass = forwardPass(built.network, built.input, weights, image);
      if (!pass.ok) throw new Error(pass.error.message);
      const computation: Computation = { network: built.network, placement, weights, passes: pass.value };
      const tfjsLayers = [
        { values: image, height: built.input.height, width: built.input.width, channels: 1 },
        ...inspection.maps,
        { ...pass.value.at(-1)!.output, values: inspection.scores },
      ];
      tfjsLayers.forEach((maps, index) => {
        // Every map, at a spread of positions: the corners and a stride through the middle.
        for (let map = 0; map < maps.channels; map++)
          for (let y = 0; y < maps.height; y += Math.max(1, Math.floor(maps.height / 3)))
            for (let x = 0; x < maps.width; x += Math.max(1, Math.floor(maps.width / 3))) {
              const work = explainUnit(computation, index, { map, y, x });
              const expected = maps.values[(y * maps.width + x) * maps.channels + map]!;
              worst = Math.max(worst, Math.abs(finalValue(work) - expected));
              checked++;
            }
      });
    }
    model.dispose();
    expect(checked).toBeGreaterThan(100);
    expect(worst).toBeLessThan(1e-4);
  });
});

describe('explainUnit on the paper network', () => {
  const { built, placement, weights } = committed('paper');
  const image = batchOf(realMnist('test', 1), [0], 0, 0, placement).inputs;
  const pass = forwardPass(built.network, built.input, weights, image);
  if (!pass.ok) throw new Error(pass.error.message);
  const computation: Computation = { network: built.network, placement, weights, passes: pass.value };
  const index = (layer: string) => built.network.layers.findIndex((entry) => entry.name === layer);

  it('C1: 25 products over the one input map, plus the bias, make a; the output is A tanh(S a)', () => {
    const work = explainUnit(computation, index('C1'), { map: 2, y: 10, x: 12 });
    if (work.kind !== 'convolution') throw new Error(work.kind);
    expect(work.links).toHaveLength(1);
    const [link] = work.links;
    expect(link!.kernel).toHaveLength(25);
    // The window is the 5x5 of the image below the unit, read straight from the image.
    expect(link!.window[0]).toBe(image[10 * 32 + 12]);
    expect(link!.window[24]).toBe(image[14 * 32 + 16]);
    expect(work.sum).toBeCloseTo(link!.partial + work.bias, 5);
    expect(work.output).toBeCloseTo(scaledTanh(work.sum), 5);
    expect(work.image).toEqual({ top: 10, left: 12, height: 5, width: 5 });
  });

  // The paper's Table I: C3's map 0 reads S2's maps 0, 1 and 2; map 6 reads 0 to 3; map 11 reads 0, 1, 2 and 5; map 15 reads all six.
  it.each([
    [0, [0, 1, 2]],
    [6, [0, 1, 2, 3]],
    [11, [0, 1, 2, 5]],
    [15, [0, 1, 2, 3, 4, 5]],
  ])('C3 map %i sums kernels over the S2 maps Table I names, %j', (map, maps) => {
    const work = explainUnit(computation, index('C3'), { map, y: 3, x: 4 });
    if (work.kind !== 'convolution') throw new Error(work.kind);
    expect(work.links.map((link) => link.map)).toEqual(maps);
    expect(work.window).toEqual({ top: 3, left: 4, height: 5, width: 5 });
    // 5x5 on S2 is 10x10 on C1, and 14x14 on the image.
    expect(work.image).toEqual({ top: 6, left: 8, height: 14, width: 14 });
  });

  it('S2: the 2x2 sum times the coefficient plus the bias', () => {
    const work = explainUnit(computation, index('S2'), { map: 1, y: 5, x: 6 });
    if (work.kind !== 'subsampling' || !work.trainable) throw new Error(work.kind);
    expect(work.values).toHaveLength(4);
    expect(work.sum).toBeCloseTo(work.total * work.trainable.coefficient + work.trainable.bias, 5);
    expect(work.window).toEqual({ top: 10, left: 12, height: 2, width: 2 });
  });

  it('C5 reads all 16 S4 maps, and sees the whole 32x32 image', () => {
    const work = explainUnit(computation, index('C5'), { map: 7, y: 0, x: 0 });
    if (work.kind !== 'convolution') throw new Error(work.kind);
    expect(work.links).toHaveLength(16);
    expect(work.image).toEqual({ top: 0, left: 0, height: 32, width: 32 });
  });

  it('F6: the listed terms and the rest add up to the sum less the bias', () => {
    const work = explainUnit(computation, index('F6'), { map: 40, y: 0, x: 0 });
    if (work.kind !== 'full') throw new Error(work.kind);
    expect(work.terms.count).toBe(120);
    const listed = work.terms.largest.reduce((sum, term) => sum + term.value * term.weight, 0);
    expect(listed + work.terms.rest + work.bias).toBeCloseTo(work.sum, 4);
  });

  it('Output: ten squared distances (Eq. 7), the smallest the answer, which is the label', () => {
    const work = explainUnit(computation, index('Output'), { map: 3, y: 0, x: 0 });
    if (work.kind !== 'distance') throw new Error(work.kind);
    expect(work.distances).toHaveLength(10);
    const own = work.inputs.reduce((sum, value, i) => sum + (value - work.prototype[i]!) ** 2, 0);
    expect(own).toBeCloseTo(work.distances[3]!, 3);
    expect(work.answer).toBe(realMnist('test', 1).labels[0]);
  });
});

describe('signedSum', () => {
  it.each([
    [[0.256, -0.925, 1.203], '0.256 − 0.925 + 1.203'],
    [[-2, 0.5], '−2.000 + 0.500'],
    [[0], '0.000'],
  ])('signedSum(%j) reads %s', (values, text) => {
    expect(signedSum(values.map((value) => ({ value })))).toBe(text);
  });
});

describe('addsUpAsPrinted and roundingNote', () => {
  it.each([
    ['terms that add up exactly', [0.256, -0.925, 1.203], 0.534, true],
    // Each term printed 0.0004 low: 16 of them make the printed total 0.006 more than the printed terms add to.
    ['16 terms each rounded down', Array.from({ length: 16 }, () => 0.1004), 1.6064, false],
    ['float noise below the last decimal', [0.1, 0.2], 0.30000000000000004, true],
    ['a negative total that rounds away from the terms', [-1.0004, -1.0004, -1.0004], -3.0012, false],
  ])('%s: %j against %d', (_, terms, total, addsUp) => {
    expect(addsUpAsPrinted(terms, total)).toBe(addsUp);
    expect(roundingNote([terms, total])).toBe(addsUp ? '' : ' (each term rounded to 3 decimals)');
  });

  it('roundingNote speaks when any one of several sums does not add up as printed', () => {
    expect(roundingNote([[1, 2], 3], [[0.1004, 0.1004], 0.2008])).toBe(' (each term rounded to 3 decimals)');
    expect(roundingNote([[1, 2], 3], [[0.5, 0.25], 0.75])).toBe('');
  });
});

describe('describeWork says where rounded terms do not add up to the total it prints', () => {
  const base = {
    layer: 'C5',
    unit: { map: 0, y: 0, x: 0 },
    spatial: false,
    window: { top: 0, left: 0, height: 5, width: 5 },
    image: { top: 0, left: 0, height: 32, width: 32 },
  };
  const convolution = (partials: readonly number[], bias: number): UnitWork => {
    const sum = partials.reduce((total, partial) => total + partial, bias);
    return {
      kind: 'convolution',
      ...base,
      kernel: { height: 5, width: 5 },
      links: partials.map((partial, map) => ({
        map,
        kernel: new Float32Array(25),
        window: new Float32Array(25),
        partial,
      })),
      bias,
      sum,
      activation: 'scaled-tanh',
      output: scaledTanh(sum),
    };
  };
  const drifting = Array.from({ length: 16 }, (_, map) => (map === 3 ? -2.3054 : 0.1004));
  const exact = Array.from({ length: 16 }, (_, map) => (map === 3 ? -2.305 : 0.125));

  it.each([
    [
      '16 partial sums that drift as printed',
      drifting,
      0.5,
      /add up to −0\.799; plus the bias 0\.500, give a = −0\.299 \(each term rounded to 3 decimals\); f/,
    ],
    [
      '16 partial sums that add up as printed',
      exact,
      0.5,
      /add up to −0\.430; plus the bias 0\.500, give a = 0\.070; f/,
    ],
    [
      '3 partial sums and a bias that drift',
      [0.1004, 0.1004, 0.1004],
      0.1004,
      /give a = 0\.402 \(each term rounded to 3 decimals\);/,
    ],
    ['3 partial sums and a bias that add up', [0.1, 0.2, 0.3], 0.4, /give a = 1\.000; f/],
  ])('%s', (_, partials, bias, sentence) => {
    expect(describeWork(convolution(partials, bias))).toMatch(sentence);
  });
});
