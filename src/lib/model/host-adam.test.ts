import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { HostAdam } from './host-adam.ts';
import { tf } from './tf.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Weights after `steps` Adam steps on a fixed quadratic bowl, by the given optimiser. */
function descend(step: (gradients: tf.NamedTensorMap) => void, steps: number, name: string): Float32Array[] {
  const weights = tf.tidy(() => tf.variable(tf.tensor2d([0.5, -1.5, 2, 0.1, -0.3, 0.8], [2, 3]), true, `${name}/w`));
  const bias = tf.tidy(() => tf.variable(tf.tensor1d([0.2, -0.7, 0.05]), true, `${name}/b`));
  const target = tf.tensor2d([1, 2, -1, 0.5, 0, -2], [2, 3]);
  for (let i = 0; i < steps; i++) {
    const grads = tf.tidy(
      () =>
        tf.variableGrads(
          () => tf.sum<tf.Scalar>(tf.square(tf.sub(tf.add(tf.mul(weights, weights), bias), target))),
          [weights, bias],
        ).grads,
    );
    step(grads);
    tf.dispose(grads);
  }
  const result = [weights.dataSync() as Float32Array, bias.dataSync() as Float32Array];
  tf.dispose([weights, bias, target]);
  return result;
}

describe('HostAdam', () => {
  it.each([1, 2, 25])('takes the same %i steps as tf.train.adam', (steps) => {
    const stock = tf.train.adam(0.01);
    const expected = descend(
      (g) => stock.applyGradients(Object.entries(g).map(([name, tensor]) => ({ name, tensor }))),
      steps,
      `stock${steps}`,
    );
    stock.dispose();
    const host = new HostAdam({ learningRate: 0.01 });
    const actual = descend((g) => host.applyGradients(g), steps, `host${steps}`);
    expected.forEach((values, i) => values.forEach((value, j) => expect(actual[i]![j]).toBeCloseTo(value, 5)));
  });

  it('names a gradient that has no variable', () => {
    const host = new HostAdam({ learningRate: 0.01 });
    const stray = tf.scalar(1);
    expect(() => host.applyGradients({ nowhere: stray })).toThrow(/nowhere, which is not a variable/);
    stray.dispose();
  });

  it('leaves no tensor behind', () => {
    const host = new HostAdam({ learningRate: 0.01 });
    const before = tf.memory().numTensors;
    descend((g) => host.applyGradients(g), 3, 'count');
    expect(tf.memory().numTensors).toBe(before);
  });
});
