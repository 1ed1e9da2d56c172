/**
 * Compiles the lane trainer's kernels (assembly/lanes.ts) and the paper recipe's
 * (assembly/sdlm.ts) to public/wasm/ for the pages that train.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SDLM_BINARY } from '../src/lib/sdlm/wasm-runner.ts';
import { buildLaneBinaries, sdlmBinary } from './support/lane-binaries.ts';

const directory = join(import.meta.dirname, '..', 'public', 'wasm');
await buildLaneBinaries(directory);
writeFileSync(join(directory, SDLM_BINARY), await sdlmBinary());
