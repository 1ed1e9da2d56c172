import { describe, expect, it } from 'vitest';
import { joinBase, withBase } from './base-path.ts';

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/c1/', '/c1/'],
    ['/lenet5/', '/', '/lenet5/'],
    ['/lenet5/', '/c1/', '/lenet5/c1/'],
    ['/lenet5/', '/explorer/?input=28#table', '/lenet5/explorer/?input=28#table'],
    ['/lenet5/', '/sw.js', '/lenet5/sw.js'],
    ['/a/b/', '/models/paper/', '/a/b/models/paper/'],
    // Not site paths: left as they are.
    ['/lenet5/', '#main', '#main'],
    ['/lenet5/', '?q=c3', '?q=c3'],
    ['/lenet5/', 'c1/', 'c1/'],
    ['/lenet5/', '//cdn.example.org/x.js', '//cdn.example.org/x.js'],
    ['/lenet5/', 'https://arxiv.org/abs/1', 'https://arxiv.org/abs/1'],
    ['/lenet5/', 'mailto:a@example.org', 'mailto:a@example.org'],
  ])('joinBase(%j, %j) is %j', (base, path, joined) => {
    expect(joinBase(base, path)).toBe(joined);
  });
});

describe('withBase', () => {
  it("joins to the base this code was built for (vitest builds for '/')", () => {
    expect(import.meta.env.BASE_URL).toBe('/');
    expect(withBase('/playground/')).toBe('/playground/');
  });
});
