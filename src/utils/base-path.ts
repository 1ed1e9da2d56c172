/**
 * The site can be published under a sub-path (https://user.github.io/lenet5/). Every
 * address the site makes for itself is written as a site path ('/c1/', '/data/') and
 * joined to the base here, so that one setting moves the whole site.
 */

/** `path` under `base`: joinBase('/lenet5/', '/c1/') is '/lenet5/c1/'. Anything but a site path is left alone. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base + path.slice(1);
}

/** The base this build was made for, '/' or '/lenet5/'. */
export const siteBase = (): string => import.meta.env.BASE_URL;

/** A site path ('/playground/') as the address it has in this build ('/lenet5/playground/' under a sub-path). */
export const withBase = (path: string): string => joinBase(siteBase(), path);
