import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from './tf.ts';
import { registerWasmTrainingKernels } from './wasm-training-kernels.ts';

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number;
  pad: 'valid' | 'same' | number;
}

const CASES: Case[] = [
  { x: [4, 32, 32, 1], filter: [5, 5, 1, 6], strides: 1, pad: 'valid' },
  { x: [3, 14, 14, 6], filter: [5, 5, 6, 16], strides: 1, pad: 'valid' },
  { x: [2, 5, 5, 16], filter: [5, 5, 16, 120], strides: 1, pad: 'valid' },
  { x: [2, 11, 9, 3], filter: [3, 2, 3, 4], strides: 2, pad: 'valid' },
  { x: [2, 10, 10, 2], filter: [3, 3, 2, 5], strides: 2, pad: 'same' },
  { x: [1, 7, 8, 3], filter: [4, 4, 3, 2], strides: 3, pad: 'same' },
  { x: [2, 9, 9, 2], filter: [3, 3, 2, 3], strides: 1, pad: 1 },
  { x: [3, 12, 7, 1], filter: [1, 1, 1, 84], strides: 1, pad: 'valid' },
  { x: [4, 1, 1, 120], filter: [1, 1, 120, 84], strides: 1, pad: 'valid' },
  { x: [2, 6, 6, 16], filter: [5, 5, 16, 120], strides: 1, pad: 'valid' },
];

function seeded(shape: number[], seed: number): tf.Tensor {
  return tf.randomUniform(shape, -1, 1, 'float32', seed);
}

/** The gradients of sum(conv(x, w) * mix) with respect to w and to x, on the named backend. */
async function gradients(backend: string, { x, filter, strides, pad }: Case, seed: number) {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const input = seeded(x, seed) as tf.Tensor4D;
    const kernel = seeded(filter, seed + 1) as tf.Tensor4D;
    const outShape = tf.conv2d(input, kernel, strides, pad).shape;
    const mix = seeded(outShape, seed + 2);
    const objective = (a: tf.Tensor, w: tf.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, w as tf.Tensor4D, strides, pad), mix));
    const [dx, dw] = tf.grads(objective)([input, kernel]);
    return { filter: dw!.dataSync() as Float32Array, input: dx!.dataSync() as Float32Array };
  });
}

const filterGradient = async (backend: string, testCase: Case, seed: number) =>
  (await gradients(backend, testCase, seed)).filter;

function relativeError(actual: Float32Array, expected: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  return worst / Math.max(...expected.map(Math.abs));
}

describe('the wasm training kernels match the cpu backend', () => {
  it.each(CASES)(
    'filter and input gradients for x $x, filter $filter, stride $strides, padding $pad',
    async (testCase) => {
      const expected = await gradients('cpu', testCase, 11);
      const actual = await gradients('wasm', testCase, 11);
      expect(actual.filter.length).toBe(expected.filter.length);
      expect(actual.input.length).toBe(expected.input.length);
      expect(relativeError(actual.filter, expected.filter)).toBeLessThan(1e-4);
      expect(relativeError(actual.input, expected.input)).toBeLessThan(1e-4);
    },
  );

  it('leaves no tensor behind', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    await filterGradient('wasm', CASES[3]!, 5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
