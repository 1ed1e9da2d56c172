import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];

/** Copies tfjs's wasm binaries into `target`, so that a page never fetches them from elsewhere. */
export function copyWasm(target: string): void {
  const source = dirname(
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm'),
  );
  mkdirSync(target, { recursive: true });
  for (const file of WASM_FILES) copyFileSync(join(source, file), join(target, file));
}
