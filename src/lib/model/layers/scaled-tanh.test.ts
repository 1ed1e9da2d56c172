import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaledTanh } from '../../lenet/activation.ts';
import { tf } from '../tf.ts';
import { ScaledTanh } from './scaled-tanh.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the ScaledTanh layer', () => {
  const points = [-6, -2, -1, -0.3, 0, 0.3, 1, 2, 6];

  it('computes A tanh(S a) at every point', () => {
    const output = new ScaledTanh({}).apply(tf.tensor1d(points)) as tf.Tensor;
    const values = output.dataSync();
    points.forEach((a, i) => expect(values[i]).toBeCloseTo(scaledTanh(a), 5));
  });

  it('has the derivative A S (1 - tanh^2(S a)), checked against finite differences', () => {
    const layer = new ScaledTanh({});
    const gradient = tf
      .grad((x: tf.Tensor) => tf.sum(layer.apply(x) as tf.Tensor))(tf.tensor1d(points))
      .dataSync();
    const h = 1e-3;
    points.forEach((a, i) => expect(gradient[i]).toBeCloseTo((scaledTanh(a + h) - scaledTanh(a - h)) / (2 * h), 3));
  });
});
