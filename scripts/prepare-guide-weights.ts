/**
 * Packs each shipped model's weights in half precision for the guide's figures
 * (public/data/guide-weights/<model>.bin), from the committed model.json and weights.bin. Under
 * /data/, the service worker stores them on first use, as it does MNIST, not at install.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packGuideWeights } from '../src/lib/weights/guide-weights.ts';
import { PRETRAINED_MODELS } from '../src/lib/weights/pretrained.ts';

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
