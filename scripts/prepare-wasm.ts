/** Copies tfjs's wasm binaries to public/wasm/ for the pages that train. */
import { join } from 'node:path';
import { copyWasm } from './support/wasm-files.ts';

copyWasm(join(import.meta.dirname, '..', 'public', 'wasm'));
