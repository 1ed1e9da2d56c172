import { fetchMnist } from '../../lib/mnist/fetch.ts';
import { unpackGuideDigits, type GuideDigit } from '../../lib/mnist/guide-digits.ts';
import { unpackGuideWeights } from '../../lib/weights/guide-weights.ts';
import type { PretrainedModel } from '../../lib/weights/pretrained-models.ts';
import type { TfjsWeights } from '../../lib/weights/torch-state.ts';
import type { MnistSet } from '../../lib/mnist/dataset.ts';
import { withBase } from '../../utils/base-path.ts';

const weights = new Map<PretrainedModel, Promise<TfjsWeights>>();
let shipped: Promise<GuideDigit[]> | undefined;
let testSet: Promise<MnistSet> | undefined;

async function bytesOf(url: string, what: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${what} could not be downloaded (${(error as Error).message}).`, { cause: error });
  }
  if (!response.ok) throw new Error(`${what} could not be downloaded: the server answered ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Forgets a failed download, so that the next request tries again. */
function retried<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

/** A shipped model's weights in half precision, downloaded once per page. */
export function modelWeights(model: PretrainedModel): Promise<TfjsWeights> {
  const found = weights.get(model);
  if (found) return found;
  const loading = retried(
    bytesOf(withBase(`/data/guide-weights/${model}.bin`), `The ${model} network's weights`).then(unpackGuideWeights),
    () => weights.delete(model),
  );
  weights.set(model, loading);
  return loading;
}

/** The first test digit of each class, shipped with the figures (8 KB). */
export function shippedDigits(): Promise<GuideDigit[]> {
  shipped ??= retried(
    bytesOf(withBase('/data/guide-digits.bin'), 'The sample digits').then(unpackGuideDigits),
    () => (shipped = undefined),
  );
  return shipped;
}

/** Any test digit, by number: the first asks for the whole test set (1.6 MB), the rest reuse it. */
export async function testDigit(index: number, onProgress: (received: number) => void): Promise<GuideDigit> {
  testSet ??= retried(fetchMnist('test', fetch, onProgress, withBase('/data/')), () => (testSet = undefined));
  const set = await testSet;
  return { index, label: set.labels[index]!, pixels: set.images.slice(index * 784, (index + 1) * 784) };
}
