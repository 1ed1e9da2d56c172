import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from './tf.ts';
import { registerWasmConv2dBackpropFilter } from './wasm-conv2d-backprop-filter.ts';

beforeAll(async () => {
  registerWasmConv2dBackpropFilter();
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
];

function seeded(shape: number[], seed: number): tf.Tensor {
  return tf.randomUniform(shape, -1, 1, 'float32', seed);
}

/** The gradient of sum(conv(x, w) * weights) with respect to w, on the named backend. */
async function filterGradient(backend: string, { x, filter, strides, pad }: Case, seed: number): Promise<Float32Array> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const input = seeded(x, seed) as tf.Tensor4D;
    const kernel = seeded(filter, seed + 1) as tf.Tensor4D;
    const outShape = tf.conv2d(input, kernel, strides, pad).shape;
    const mix = seeded(outShape, seed + 2);
    const gradient = tf.grad((w: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(input, w as tf.Tensor4D, strides, pad), mix)));
    return gradient(kernel).dataSync() as Float32Array;
  });
}

describe('the wasm Conv2DBackpropFilter kernel matches the cpu backend', () => {
  it.each(CASES)('x $x, filter $filter, stride $strides, padding $pad', async (testCase) => {
    const expected = await filterGradient('cpu', testCase, 11);
    const actual = await filterGradient('wasm', testCase, 11);
    expect(actual.length).toBe(expected.length);
    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
    const scale = Math.max(...expected.map(Math.abs));
    expect(worst / scale).toBeLessThan(1e-4);
  });

  it('leaves no tensor behind', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    await filterGradient('wasm', CASES[3]!, 5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
