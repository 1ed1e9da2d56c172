/**
 * Where a build is published and written, from the environment:
 *   SITE_BASE  the sub-path it is served under ('/lenet5/'; default '/')
 *   SITE_URL   the origin it is served from, for the sitemap and canonical links
 *   SITE_OUT   the folder it is written to (default 'dist')
 */
export interface BuildSettings {
  readonly base: string;
  readonly site: string;
  readonly outDir: string;
}

export const DEFAULT_SITE = 'https://lenet5.example.org';

// Letters, digits and the few marks a folder name on a static host takes, in one or more segments.
const SEGMENTS = /^\/([A-Za-z0-9._~-]+\/)*$/;

/** '/lenet5/' from 'lenet5', '/lenet5' or '/lenet5/'; an error that names the form for anything else. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const base = `${trimmed.startsWith('/') ? '' : '/'}${trimmed}${trimmed.endsWith('/') ? '' : '/'}`;
  if (!SEGMENTS.test(base) || base.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(
      `SITE_BASE must be the sub-path the site is served under, in the form "/name/" (or "/" for a domain's root); got "${raw}".`,
    );
  }
  return base;
}

/** The origin alone ('https://user.github.io'); a path belongs in SITE_BASE. */
export function normaliseSite(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`SITE_URL must be an origin such as "https://user.github.io"; got "${raw}".`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin such as "https://user.github.io", with any sub-path in SITE_BASE; got "${raw}".`,
    );
  }
  return url.origin;
}

export function buildSettings(env: Readonly<Record<string, string | undefined>>): BuildSettings {
  return {
    base: normaliseBase(env['SITE_BASE']),
    site: normaliseSite(env['SITE_URL']),
    outDir: env['SITE_OUT']?.trim() || 'dist',
  };
}
