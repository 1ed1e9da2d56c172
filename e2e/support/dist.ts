import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The HTML file that serves a site path such as /c1/ or /. */
export function htmlFor(path: string): string | undefined {
  const clean = path.split(/[?#]/)[0]!;
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, `${clean}.html`)];
  const file = candidates.find((candidate) => existsSync(candidate));
  return file && readFileSync(file, 'utf8');
}

export const decode = (text: string): string =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

export const attributeValues = (html: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => decode(match[1]!));
