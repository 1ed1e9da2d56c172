import { describe, expect, it } from 'vitest';
import { forwardPass } from '../forward/forward.ts';
import { BUILT_PRESETS } from '../lenet/networks/registry.ts';
import { batchOf, seededRandom } from '../mnist/dataset.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { committedModel } from '../weights/test-support.ts';
import { fullLayer, slopeAt, squash } from './layers.ts';
import { mapLoss } from './loss.ts';
import { SdlmNetworkError, sdlmNetwork } from './network.ts';
import { etaOf } from './schedule.ts';
import { initialParameters, SdlmRunner, sdlmUpdate, stepSizes } from './trainer.ts';

const paper = BUILT_PRESETS.find((entry) => entry.preset === 'paper')!;
const network = sdlmNetwork(paper.network, paper.input);
const settings = { mu: 0.02, j: 10 };
const digits = batchOf(realMnist('test', 3), [0, 1, 2], 0, 0, LENET5_PLACEMENT);
const imageOf = (index: number) => Float64Array.from(digits.inputs.subarray(index * 1024, (index + 1) * 1024));

describe('the SDLM network, against the reference forward pass (itself checked against tfjs)', () => {
  const weights = committedModel('paper').weights;
  const theta = network.fromTfjs(weights);

  it('has the paper network’s 60,000 trainable parameters', () => {
    expect(network.parameters).toBe(60_000);
  });

  it('reads the committed model, writes it back unchanged', () => {
    const written = network.toTfjs(theta);
    for (const [name, array] of weights)
      expect(Array.from(written.get(name)!.data), name).toEqual(Array.from(array.data));
  });

  it('gives F6 and the ten RBF penalties of the forward pass within 1e-4 on three test digits', () => {
    const runner = new SdlmRunner(network, settings);
    for (let digit = 0; digit < 3; digit++) {
      const pass = forwardPass(
        paper.network,
        paper.input,
        weights,
        digits.inputs.subarray(digit * 1024, (digit + 1) * 1024),
      );
      if (!pass.ok) throw new Error(pass.error.message);
      const state = runner.forward(theta, imageOf(digit));
      const f6 = pass.value.at(-2)!.output.values;
      expect(Math.max(...Array.from(state, (value, i) => Math.abs(value - f6[i]!)))).toBeLessThan(1e-4);
      const penalties = pass.value.at(-1)!.output.values;
      for (let c = 0; c < 10; c++) {
        let y = 0;
        for (let k = 0; k < 84; k++) y += (state[k]! - network.prototypes[c * 84 + k]!) ** 2;
        expect(Math.abs(y - penalties[c]!)).toBeLessThan(1e-3);
      }
    }
  });
});

describe('the gradient, against a numerical gradient of Eq. 9', () => {
  it('matches central differences on 40 parameters spread over every layer', () => {
    const theta = initialParameters(network, seededRandom(3));
    const runner = new SdlmRunner(network, settings);
    const image = imageOf(0);
    runner.grad.fill(0);
    runner.pattern(theta, image, 7, 'gradient');
    const lossAt = (values: Float64Array) => runner.pattern(values, image, 7, 'none').value;
    const random = seededRandom(5);
    let worst = 0;
    for (const layer of network.layers)
      for (let sample = 0; sample < 8; sample++) {
        const k = layer.offset + Math.floor(random() * layer.count);
        const step = 1e-5;
        const plus = Float64Array.from(theta);
        plus[k] = plus[k]! + step;
        const minus = Float64Array.from(theta);
        minus[k] = minus[k]! - step;
        const numeric = (lossAt(plus) - lossAt(minus)) / (2 * step);
        worst = Math.max(worst, Math.abs(numeric - runner.grad[k]!) / Math.max(1e-3, Math.abs(numeric)));
      }
    expect(worst).toBeLessThan(1e-4);
  });
});

describe('mapLoss (Eq. 9)', () => {
  const size = 4;
  const prototypes = Float64Array.of(1, -1, 1, -1, -1, 1, -1, 1, 1, 1, -1, -1);
  const x = Float64Array.of(0.5, -0.2, 0.9, -1.1);

  it('its gradient and curvature along each x_k match numerical first and second derivatives', () => {
    const gradient = new Float64Array(size);
    const curvature = new Float64Array(size);
    mapLoss(x, prototypes, 3, 0, 2, gradient, undefined);
    mapLoss(x, prototypes, 3, 0, 2, undefined, curvature);
    const at = (k: number, shift: number) => {
      const moved = Float64Array.from(x);
      moved[k] = moved[k]! + shift;
      return mapLoss(moved, prototypes, 3, 0, 2, undefined, undefined).value;
    };
    for (let k = 0; k < size; k++) {
      const h = 1e-4;
      expect(gradient[k]).toBeCloseTo((at(k, h) - at(k, -h)) / (2 * h), 6);
      expect(curvature[k]).toBeCloseTo((at(k, h) - 2 * at(k, 0) + at(k, -h)) / (h * h), 3);
      expect(curvature[k]).toBeGreaterThanOrEqual(0);
    }
  });

  it('is the correct class’s penalty plus log(e^-j + sum of e^-y_i), and answers the smallest penalty', () => {
    // Penalties by hand: class 0: 0.25 + 0.64 + 0.01 + 0.01 = 0.91; class 1: 2.25 + 1.44 + 3.61 + 4.41 = 11.71;
    // class 2: 0.25 + 1.44 + 3.61 + 0.01 = 5.31.
    const loss = mapLoss(x, prototypes, 3, 1, 2, undefined, undefined);
    expect(loss.value).toBeCloseTo(
      11.71 + Math.log(Math.exp(-2) + Math.exp(-0.91) + Math.exp(-11.71) + Math.exp(-5.31)),
      10,
    );
    expect(loss.answer).toBe(0);
  });
});

describe('one SDLM step, worked by hand on a tiny network', () => {
  // One unit, two inputs: a = w1 x1 + w2 x2 + b, y = f(a) = 1.7159 tanh(2/3 a).
  const layer = fullLayer({ name: 'tiny', offset: 0, inputs: 2, units: 1 });
  const theta = Float64Array.of(0.5, -0.25, 0.1); // w1, w2, b
  const input = Float64Array.of(1, 2);
  const sums = new Float64Array(1);
  const output = new Float64Array(1);
  layer.forward(theta, input, sums, output);

  it('forward: a = 0.5 - 0.5 + 0.1 = 0.1, y = 1.7159 tanh(0.066667) = 1.7159 x 0.066568 = 0.114224', () => {
    expect(sums[0]).toBeCloseTo(0.1, 12);
    expect(output[0]).toBeCloseTo(0.114224, 6);
    expect(squash(0.1)).toBeCloseTo(output[0]!, 12);
  });

  // With E = (y - 1)^2: dE/dy = 2 (y - 1) = -1.771552, d2E/dy2 = 2.
  // f'(a) = (2/3) (1.7159 - 0.114224^2 / 1.7159) = (2/3) x 1.708296 = 1.138864.
  const dE = 2 * (output[0]! - 1);
  const slope = slopeAt(output[0]!);

  it("the gradient (Eq. 19) and the Gauss-Newton diagonal (Eqs. 25, 27): dE/dw = dE/dy f'(a) x, h = 2 f'(a)^2 x^2", () => {
    expect(slope).toBeCloseTo(1.138864, 6);
    const grad = new Float64Array(3);
    layer.backward(theta, input, output, Float64Array.of(dE), grad, undefined);
    expect(Array.from(grad)).toEqual([dE * slope * 1, dE * slope * 2, dE * slope]);
    const hessian = new Float64Array(3);
    layer.curvature(theta, input, output, Float64Array.of(2), hessian, undefined);
    // 2 x 1.138864^2 = 2.594022, times x^2: 2.594022, 10.376088, and 2.594022 for the bias.
    expect(hessian[0]).toBeCloseTo(2.59402, 4);
    expect(hessian[1]).toBeCloseTo(10.37609, 4);
    expect(hessian[2]).toBeCloseTo(2.59402, 4);
  });

  it('the update (Eqs. 18, 21) with eta 0.0005, mu 0.02: w1 moves by 0.0005 / 2.614022 x 2.017556 = 0.000386', () => {
    const grad = new Float64Array(3);
    layer.backward(theta, input, output, Float64Array.of(dE), grad, undefined);
    const hessian = new Float64Array(3);
    layer.curvature(theta, input, output, Float64Array.of(2), hessian, undefined);
    const steps = stepSizes(hessian, 0.0005, 0.02);
    expect(steps[0]).toBeCloseTo(0.00019128, 8);
    const moved = Float64Array.from(theta);
    sdlmUpdate(moved, grad, steps);
    // dE/dw1 = -1.771552 x 1.138864 x 1 = -2.017556: w1 grows by 0.00019128 x 2.017556 = 0.00038592.
    expect(moved[0]! - theta[0]!).toBeCloseTo(0.0003859, 7);
    // w2's curvature is four times w1's: 0.0005 / 10.396088 x 4.035112 = 0.00019407, half w1's move for twice its slope.
    expect(moved[1]! - theta[1]!).toBeCloseTo(0.0001941, 7);
    // The bias: 0.00019128 x 1.771552 x 1.138864 = 0.00038592, as w1 (its input is 1 too).
    expect(moved[2]! - theta[2]!).toBeCloseTo(0.0003859, 7);
  });
});

describe('the paper’s schedule (Section III-B)', () => {
  it.each([
    [0, 0.0005],
    [1, 0.0005],
    [2, 0.0002],
    [4, 0.0002],
    [5, 0.0001],
    [7, 0.0001],
    [8, 0.00005],
    [11, 0.00005],
    [12, 0.00001],
    [19, 0.00001],
  ])('pass %i uses eta %f', (pass, eta) => {
    expect(etaOf(pass)).toBe(eta);
  });
});

describe('networks the recipe cannot train', () => {
  const layers = paper.network.layers;
  it.each([
    ['a second input', [...layers.slice(0, 2), { kind: 'input', name: 'again', channels: 1 }, ...layers.slice(2)]],
    ['a softmax output', [...layers.slice(0, -1), { ...layers.at(-1)!, classifier: { type: 'softmax' } }]],
    ['no output', layers.slice(0, -1)],
  ])('refuses %s with a typed error', (_, changed) => {
    const spec = { ...paper.network, layers: changed as unknown as typeof layers };
    expect(() => sdlmNetwork(spec, paper.input)).toThrow(SdlmNetworkError);
  });
});
