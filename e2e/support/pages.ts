import { filesUnder, urlOf } from '../../src/lib/site/built-files.ts';
import { DIST } from './dist.ts';

/** Every page the build in `root` wrote, as a site path: /, /c1/, /explorer/ (the 404 page left out). */
export function builtPages(root = DIST): string[] {
  return filesUnder(root)
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map(urlOf)
    .sort();
}
