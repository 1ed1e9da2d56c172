import { describe, expect, it } from 'vitest';
import { urlOf } from '../site/built-files.ts';
import { precacheList, versionOf } from './precache.ts';

describe('urlOf', () => {
  it.each([
    ['index.html', '/'],
    ['c1/index.html', '/c1/'],
    ['404.html', '/404.html'],
    ['_astro/page.DKFk.js', '/_astro/page.DKFk.js'],
  ])('urlOf(%s) is %s', (file, url) => {
    expect(urlOf(file)).toBe(url);
  });
});

describe('precacheList', () => {
  it.each([
    ['c1/index.html', true],
    ['models/paper/weights.bin', true],
    ['wasm/tfjs-backend-wasm-threaded-simd.wasm', true],
    ['workers/training-worker.js', true],
    ['pagefind/pagefind.js', true],
    ['_astro/KaTeX_Main-Regular.B22N.woff2', true],
    ['_astro/KaTeX_Main-Regular.B22N.woff', false],
    ['_astro/KaTeX_Main-Regular.B22N.ttf', false],
    ['data/train-images.idx.gzip', false],
    ['sw.js', false],
    ['_headers', false],
    ['sitemap-0.xml', false],
    ['social.png', false],
  ])('stores %s at install: %s', (file, stored) => {
    expect(precacheList([file]).length === 1).toBe(stored);
  });
});

describe('versionOf', () => {
  const file = (url: string, text: string) => ({ url, content: new TextEncoder().encode(text) });

  it('is the same for the same files in any order', () => {
    expect(versionOf([file('/a', '1'), file('/b', '2')])).toBe(versionOf([file('/b', '2'), file('/a', '1')]));
  });

  it.each([
    ['a changed file', [file('/a', '1'), file('/b', '3')]],
    ['a renamed file', [file('/a', '1'), file('/c', '2')]],
    ['a file more', [file('/a', '1'), file('/b', '2'), file('/c', '')]],
    ['bytes moved between files', [file('/a', '12'), file('/b', '')]],
  ])('changes with %s', (_, files) => {
    expect(versionOf(files)).not.toBe(versionOf([file('/a', '1'), file('/b', '2')]));
  });
});
