/**
 * Builds the Pagefind search index into the folder the build wrote (SITE_OUT,
 * default dist), so that a sub-path build in its own folder gets its own index.
 *   node scripts/index-search.ts
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSettings } from '../src/lib/site/build-settings.ts';

const { outDir } = buildSettings(process.env);
// Pagefind's package exports only its Node API; its command line is run from its own file.
const pagefind = resolve(import.meta.dirname, '..', 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const run = spawnSync(process.execPath, [pagefind, '--site', resolve(import.meta.dirname, '..', outDir)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
