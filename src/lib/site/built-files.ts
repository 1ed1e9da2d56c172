import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `root`, as a path relative to it with forward slashes: 'c1/index.html'. */
export function filesUnder(root: string, directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The address a built file is served at: index.html answers for its folder. */
export function urlOf(file: string): string {
  const path = '/' + file.replace(/^\/+/, '');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
