import { filesUnder, urlOf } from '../../src/lib/site/built-files.ts';
import { DIST } from './dist.ts';

/** Every page the build wrote, as a site path: /, /c1/, /explorer/ (the 404 page left out). */
export function builtPages(): string[] {
  return filesUnder(DIST)
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map(urlOf)
    .sort();
}
