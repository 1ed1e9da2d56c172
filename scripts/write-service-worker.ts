/**
 * Writes dist/sw.js after the build: the service worker with this release's file
 * list and version baked in. Runs after Pagefind, so that search works offline too.
 * Its addresses lie under the build's base (SITE_BASE), as the pages' do.
 *   node scripts/write-service-worker.ts [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { ON_DEMAND_PREFIX, precacheList, versionOf } from '../src/lib/offline/precache.ts';
import { buildSettings } from '../src/lib/site/build-settings.ts';
import { filesUnder, urlOf } from '../src/lib/site/built-files.ts';
import { joinBase } from '../src/utils/base-path.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
// --dist lets the offline test publish a second release of a copied site.
const { base, outDir } = buildSettings(process.env);
const DIST = values.dist ?? resolve(import.meta.dirname, '..', outDir);

const files = filesUnder(DIST);
const fileAt = new Map(files.map((file) => [urlOf(file), file]));
const contentOf = (url: string) => ({ url, content: readFileSync(join(DIST, fileAt.get(url)!)) });
const precache = precacheList(files);
const dataFiles = [...fileAt.keys()].filter((url) => url.startsWith(ON_DEMAND_PREFIX));
const release = {
  version: versionOf(precache.map(contentOf)),
  dataVersion: versionOf(dataFiles.map(contentOf)),
  precache: precache.map((url) => joinBase(base, url)),
  onDemandPrefix: joinBase(base, ON_DEMAND_PREFIX),
};

await build({
  entryPoints: [join(import.meta.dirname, '..', 'src', 'lib', 'offline', 'service-worker.ts')],
  bundle: true,
  format: 'iife',
  outfile: join(DIST, 'sw.js'),
  logLevel: 'warning',
  minifyWhitespace: true,
  define: { RELEASE: JSON.stringify(release) },
});
console.info(
  `sw.js: release ${release.version} for ${base}, ${precache.length} files stored at install, MNIST on first use`,
);
