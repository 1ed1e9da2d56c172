import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

export const WORKER_ENTRY = join(ROOT, 'src', 'lib', 'model', 'worker', 'training-worker.ts');
/** The lane engine's second thread, which the training worker starts from the same folder. */
export const LANE_HELPER_ENTRY = join(ROOT, 'src', 'lib', 'lanes', 'helper-worker.ts');

/**
 * Bundles `entryPoints` with esbuild rather than Vite: tfjs's wasm backend starts its
 * threads from the source text of a function, which breaks once a minifier renames
 * the variables around it, so identifiers are kept and only whitespace goes.
 */
export async function bundleForBrowser(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  await build({
    entryPoints,
    bundle: true,
    format: 'esm',
    outdir,
    logLevel: 'warning',
    minifyWhitespace: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
