import { describe, expect, it } from 'vitest';
import { attributeValues, htmlFor } from './support/dist.ts';
import { builtPages } from './support/pages.ts';

const pages = builtPages();

describe('internal links', () => {
  it.each(pages)('every link on %s reaches a page and, where it names one, an anchor', (path) => {
    const html = htmlFor(path)!;
    const broken: string[] = [];
    for (const href of attributeValues(html, 'href')) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const [target = '', anchor] = href.split('#');
      const pathname = target.split('?')[0]!;
      const targetHtml = pathname === '' ? html : htmlFor(pathname);
      if (targetHtml === undefined) broken.push(`${href} (no page)`);
      else if (anchor && !attributeValues(targetHtml, 'id').includes(decodeURIComponent(anchor))) {
        broken.push(`${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page links outside the site', () => {
    const external = pages.flatMap((path) =>
      attributeValues(htmlFor(path)!, '(?:href|src)').filter((url) => /^(https?:)?\/\//.test(url)),
    );
    // The canonical and social-preview addresses name the site itself; nothing is fetched from them.
    expect(external.filter((url) => !url.startsWith('https://lenet5.example.org/'))).toEqual([]);
  });
});
