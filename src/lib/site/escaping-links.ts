import { joinBase } from '../../utils/base-path.ts';
import { urlOf } from './built-files.ts';

export interface EscapingLink {
  readonly attribute: string;
  readonly value: string;
}

// href, src and a form's action name addresses; a meta tag's content does where it is a whole URL (og:url, og:image).
const ADDRESSES = /\s(href|src|action)="([^"]*)"|\s(content)="(https?:\/\/[^"]*)"/g;

const decodeAmpersands = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

/** The address a built file is served at on the published site: 'c1/index.html' at https://host/lenet5/c1/. */
export const pageUrlOf = (file: string, base: string, site: string): URL => new URL(joinBase(base, urlOf(file)), site);

/**
 * The addresses in `html` that point at the site's own origin outside `base`: a
 * link the host answers with someone else's page, or none, once the site lives
 * under a sub-path. Addresses on other origins, fragments and data: URLs are not the site's.
 */
export function escapingLinks(html: string, page: URL, base: string): EscapingLink[] {
  const escaping: EscapingLink[] = [];
  for (const match of html.matchAll(ADDRESSES)) {
    const attribute = match[1] ?? match[3]!;
    const value = decodeAmpersands(match[2] ?? match[4]!);
    let target: URL;
    try {
      target = new URL(value, page);
    } catch {
      escaping.push({ attribute, value });
      continue;
    }
    if (target.origin === page.origin && !target.pathname.startsWith(base)) escaping.push({ attribute, value });
  }
  return escaping;
}
