import { createHash } from 'node:crypto';
import { urlOf } from '../site/built-files.ts';

/** Served straight from the network and stored on first use: 11 MB a docs reader never needs. */
export const ON_DEMAND_PREFIX = '/data/';

const NEVER_CACHED = [/^\/sw\.js$/, /^\/_headers$/, /^\/sitemap-.*\.xml$/, /^\/social\.png$/, /^\/data\//];
// Browsers with service workers all read woff2; KaTeX's older formats would double the fonts.
const OLDER_FONT = /\.(woff|ttf)$/;

/** The addresses a service worker stores at install, from the built files' paths relative to dist/. */
export function precacheList(files: readonly string[]): string[] {
  return files
    .map(urlOf)
    .filter((url) => !NEVER_CACHED.some((pattern) => pattern.test(url)) && !OLDER_FONT.test(url))
    .sort();
}

/** A short name that changes whenever any of the files does, so that every release gets a cache of its own. */
export function versionOf(files: readonly { url: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { url, content } of [...files].sort((a, b) => a.url.localeCompare(b.url))) {
    hash.update(url).update('\0').update(content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
