import type { MnistSet } from '../../lib/mnist/index.ts';
import type { Runtime } from './model-runtime.ts';
import { withBase } from '../../utils/base-path.ts';

let runtime: Promise<Runtime> | undefined;
let testSet: Promise<MnistSet> | undefined;

/** tfjs and the pretrained models, fetched the first time anything asks for them. */
export function loadRuntime(): Promise<Runtime> {
  runtime ??= import('./model-runtime.ts').then((module) => module.startRuntime());
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

/** The 10,000 MNIST test digits (1.6 MB), fetched the first time a page needs one. */
export function loadTestSet(onProgress?: (received: number, total: number | undefined) => void): Promise<MnistSet> {
  testSet ??= import('../../lib/mnist/fetch.ts').then(({ fetchMnist }) =>
    fetchMnist('test', fetch, onProgress, withBase('/data/')),
  );
  testSet.catch(() => (testSet = undefined));
  return testSet;
}

export const digitOf = (set: MnistSet, index: number): Uint8Array =>
  set.images.subarray(index * 784, (index + 1) * 784);
