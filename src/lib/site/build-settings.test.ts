import { describe, expect, it } from 'vitest';
import { buildSettings, DEFAULT_SITE, normaliseBase, normaliseSite } from './build-settings.ts';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['  ', '/'],
    ['/', '/'],
    ['/lenet5/', '/lenet5/'],
    ['/lenet5', '/lenet5/'],
    ['lenet5/', '/lenet5/'],
    ['lenet5', '/lenet5/'],
    [' /lenet5/ ', '/lenet5/'],
    ['/docs/lenet-5.v2/', '/docs/lenet-5.v2/'],
  ])('SITE_BASE=%j builds for %j', (raw, base) => {
    expect(normaliseBase(raw)).toBe(base);
  });

  it.each([
    '//lenet5/',
    '/lenet5//x/',
    'https://user.github.io/lenet5/',
    '/lenet5/?x=1',
    '/lenet5/#top',
    '/my site/',
    '/../lenet5/',
    '/./',
    '\\lenet5\\',
  ])('refuses SITE_BASE=%j, naming the form it takes', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/in the form "\/name\/"/);
  });
});

describe('normaliseSite', () => {
  it.each([
    [undefined, DEFAULT_SITE],
    ['', DEFAULT_SITE],
    ['https://user.github.io', 'https://user.github.io'],
    ['https://user.github.io/', 'https://user.github.io'],
    ['http://127.0.0.1:4337', 'http://127.0.0.1:4337'],
  ])('SITE_URL=%j is the origin %j', (raw, site) => {
    expect(normaliseSite(raw)).toBe(site);
  });

  it.each(['user.github.io', 'https://user.github.io/lenet5/', 'ftp://user.github.io', 'https://user.github.io/?a'])(
    'refuses SITE_URL=%j, naming the form it takes',
    (raw) => {
      expect(() => normaliseSite(raw)).toThrow(/an origin such as "https:\/\/user\.github\.io"/);
    },
  );
});

describe('buildSettings', () => {
  it('builds for the root into dist/ when nothing is set', () => {
    expect(buildSettings({})).toEqual({ base: '/', site: DEFAULT_SITE, outDir: 'dist' });
  });

  it('reads the base, the origin and the folder from the environment', () => {
    expect(
      buildSettings({ SITE_BASE: 'lenet5', SITE_URL: 'https://user.github.io', SITE_OUT: 'dist-subpath' }),
    ).toEqual({ base: '/lenet5/', site: 'https://user.github.io', outDir: 'dist-subpath' });
  });
});
