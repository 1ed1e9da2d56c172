/**
 * What the guide's "see it compute" figures fetch when a reader reaches one, under /data/ so
 * that the service worker stores them on first use, as it does MNIST, not at install:
 * - guide-weights/<model>.bin: each shipped model's weights in half precision;
 * - guide-digits.bin: the first MNIST test digit of each class.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstOfEachClass, mnistSetFromIdx, packGuideDigits } from '../src/lib/mnist/index.ts';
import { packGuideWeights } from '../src/lib/weights/guide-weights.ts';
import { PRETRAINED_MODELS } from '../src/lib/weights/pretrained-models.ts';
import { MNIST_FILES, readMnistFile } from './support/mnist-files.ts';

const root = join(import.meta.dirname, '..', 'public');
const out = join(root, 'data', 'guide-weights');
mkdirSync(out, { recursive: true });
for (const model of PRETRAINED_MODELS) {
  const json = JSON.parse(readFileSync(join(root, 'models', model, 'model.json'), 'utf8')) as {
    weightsManifest: { weights: { name: string; shape: number[] }[] }[];
  };
  const specs = json.weightsManifest[0]!.weights.map(({ name, shape }) => ({ name, shape }));
  const bytes = readFileSync(join(root, 'models', model, 'weights.bin'));
  const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const packed = packGuideWeights(specs, values);
  writeFileSync(join(out, `${model}.bin`), packed);
  console.info(`data/guide-weights/${model}.bin: ${(packed.byteLength / 1024).toFixed(1)} KB`);
}

const [imageName, labelName] = MNIST_FILES.test;
const test = mnistSetFromIdx(readMnistFile(imageName), readMnistFile(labelName), 'MNIST test');
const digits = packGuideDigits(firstOfEachClass(test));
writeFileSync(join(root, 'data', 'guide-digits.bin'), digits);
console.info(`data/guide-digits.bin: ${(digits.byteLength / 1024).toFixed(1)} KB`);
