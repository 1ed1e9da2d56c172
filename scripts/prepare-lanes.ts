/** Compiles the lane trainer's kernels (assembly/lanes.ts) to public/wasm/ for the pages that train. */
import { join } from 'node:path';
import { buildLaneBinaries } from './support/lane-binaries.ts';

await buildLaneBinaries(join(import.meta.dirname, '..', 'public', 'wasm'));
