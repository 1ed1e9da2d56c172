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
  let largest = 0;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
    largest = Math.max(largest, Math.abs(expected[i]!));
  }
  return worst / largest;
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

/** The same computation on the cpu backend and on the wasm backend with the kernels registered. */
async function onBoth(compute: () => tf.Tensor | tf.Tensor[]): Promise<{ cpu: Float32Array[]; wasm: Float32Array[] }> {
  const run = async (backend: string) => {
    await tf.setBackend(backend);
    return tf.tidy(() => [compute()].flat().map((tensor) => tensor.dataSync() as Float32Array));
  };
  return { cpu: await run('cpu'), wasm: await run('wasm') };
}

describe('the faster wasm kernels give the cpu backend results', () => {
  it.each([
    { x: [3, 28, 28, 6], window: 2 },
    { x: [2, 10, 10, 16], window: 2 },
    { x: [2, 9, 7, 3], window: 3 },
    { x: [1, 6, 6, 2], window: 2, stride: 1 },
  ])('avgPool gradient of x $x, window $window', async ({ x, window, stride }) => {
    const { cpu, wasm } = await onBoth(() => {
      const input = seeded(x, 3) as tf.Tensor4D;
      const pooled = (a: tf.Tensor) => tf.avgPool(a as tf.Tensor4D, window, stride ?? window, 'valid');
      const mix = seeded(pooled(input).shape, 4);
      return tf.grad((a: tf.Tensor) => tf.sum(tf.mul(pooled(a), mix)))(input);
    });
    expect(relativeError(wasm[0]!, cpu[0]!)).toBeLessThan(1e-6);
  });

  it.each([
    { a: [64, 120], b: [400, 120], transposeA: false, transposeB: true },
    { a: [120, 64], b: [120, 84], transposeA: true, transposeB: false },
    { a: [7, 5], b: [3, 7], transposeA: true, transposeB: true },
    { a: [2, 4, 3], b: [2, 5, 3], transposeA: false, transposeB: true },
  ])(
    'matMul of $a and $b, transposeA $transposeA, transposeB $transposeB',
    async ({ a, b, transposeA, transposeB }) => {
      const { cpu, wasm } = await onBoth(() => tf.matMul(seeded(a, 5), seeded(b, 6), transposeA, transposeB));
      expect(wasm[0]!.length).toBe(cpu[0]!.length);
      expect(relativeError(wasm[0]!, cpu[0]!)).toBeLessThan(1e-5);
    },
  );

  it('clone shares its memory on wasm and outlives its original', async () => {
    await tf.setBackend('wasm');
    const original = tf.tensor([1, 2, 3]);
    const copy = tf.clone(original);
    original.dispose();
    expect(Array.from(copy.dataSync())).toEqual([1, 2, 3]);
    copy.dispose();
  });
});
