import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every page the build wrote, as a site path: /, /c1/, /explorer/ (the 404 page left out). */
export function builtPages(): string[] {
  return htmlFiles(DIST)
    .map((file) => '/' + relative(DIST, file).split(sep).join('/'))
    .filter((path) => path !== '/404.html')
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}
