/**
 * Writes dist/sw.js after the build: the service worker with this release's file
 * list and version baked in. Runs after Pagefind, so that search works offline too.
 *   node scripts/write-service-worker.ts [--dist DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { ON_DEMAND_PREFIX, precacheList, urlOf, versionOf } from '../src/lib/offline/precache.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
// --dist lets the offline test publish a second release of a copied site.
const DIST = values.dist ?? join(import.meta.dirname, '..', 'dist');

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(DIST, path).split(sep).join('/')];
  });
}

const files = filesUnder(DIST);
const contentOf = (url: string) => {
  const file = files.find((candidate) => urlOf(candidate) === url)!;
  return { url, content: readFileSync(join(DIST, file)) };
};
const precache = precacheList(files);
const dataFiles = files.map(urlOf).filter((url) => url.startsWith(ON_DEMAND_PREFIX));
const release = {
  version: versionOf(precache.map(contentOf)),
  dataVersion: versionOf(dataFiles.map(contentOf)),
  precache,
  onDemandPrefix: ON_DEMAND_PREFIX,
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
console.info(`sw.js: release ${release.version}, ${precache.length} files stored at install, MNIST on first use`);
