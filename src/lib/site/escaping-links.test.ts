import { describe, expect, it } from 'vitest';
import { escapingLinks, pageUrlOf } from './escaping-links.ts';

const SITE = 'https://user.github.io';

describe('pageUrlOf', () => {
  it.each([
    ['index.html', '/', `${SITE}/`],
    ['c1/index.html', '/', `${SITE}/c1/`],
    ['index.html', '/lenet5/', `${SITE}/lenet5/`],
    ['c1/index.html', '/lenet5/', `${SITE}/lenet5/c1/`],
    ['404.html', '/lenet5/', `${SITE}/lenet5/404.html`],
  ])('%s built for %s is served at %s', (file, base, url) => {
    expect(pageUrlOf(file, base, SITE).href).toBe(url);
  });
});

describe('escapingLinks', () => {
  const page = new URL(`${SITE}/lenet5/c1/`);
  const found = (html: string) => escapingLinks(html, page, '/lenet5/');

  it.each([
    ['<a href="/lenet5/c3/">', []],
    ['<img src="/lenet5/social.png">', []],
    ['<a href="../c3/">', []],
    ['<a href="#shape">', []],
    ['<a href="?input=28">', []],
    ['<a href="https://arxiv.org/abs/1">', []],
    ['<a href="//cdn.example.org/x">', []],
    ['<img src="data:image/png;base64,AAAA">', []],
    ['<link rel="canonical" href="https://user.github.io/lenet5/c1/">', []],
    ['<meta name="description" content="A page about C1">', []],
    ['<a href="/c3/">', [{ attribute: 'href', value: '/c3/' }]],
    ['<script src="/_astro/page.js">', [{ attribute: 'src', value: '/_astro/page.js' }]],
    ['<form action="/search/">', [{ attribute: 'action', value: '/search/' }]],
    ['<a href="../../explorer/">', [{ attribute: 'href', value: '../../explorer/' }]],
    ['<a href="/lenet5x/">', [{ attribute: 'href', value: '/lenet5x/' }]],
    ['<a href="/?a=1&amp;b=2">', [{ attribute: 'href', value: '/?a=1&b=2' }]],
    ['<link rel="canonical" href="https://user.github.io/c1/">', [{ attribute: 'href', value: `${SITE}/c1/` }]],
    [
      '<meta property="og:image" content="https://user.github.io/social.png">',
      [{ attribute: 'content', value: `${SITE}/social.png` }],
    ],
  ])('in %s finds %j', (html, links) => {
    expect(found(html)).toEqual(links);
  });

  it('finds nothing at the root build, where every site path is under the base', () => {
    expect(escapingLinks('<a href="/c3/"><form action="/search/">', new URL(`${SITE}/c1/`), '/')).toEqual([]);
  });
});
