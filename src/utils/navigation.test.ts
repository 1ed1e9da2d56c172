import { describe, expect, it } from 'vitest';
import { hrefOf, layerPageOf, neighbours, readingOrder } from './navigation.ts';

const entries = [
  { id: 'c1', title: 'C1', order: 3 },
  { id: 'index', title: 'Overview', order: 1 },
  { id: 'input', title: 'Input', order: 2 },
];

describe('navigation helpers', () => {
  it('readingOrder sorts entries by their order field', () => {
    expect(readingOrder(entries).map((entry) => entry.id)).toEqual(['index', 'input', 'c1']);
  });

  it.each([
    ['index', '/'],
    ['c1', '/c1/'],
  ])('hrefOf(%j) is %j', (id, href) => {
    expect(hrefOf(id)).toBe(href);
  });

  it.each([
    ['index', undefined, '/input/'],
    ['input', '/', '/c1/'],
    ['c1', '/input/', undefined],
    ['missing', undefined, undefined],
  ])('neighbours of %j are %j and %j', (id, previous, next) => {
    const links = neighbours(entries, id);
    expect(links.previous?.href).toBe(previous);
    expect(links.next?.href).toBe(next);
  });
});

describe('layerPageOf', () => {
  it.each([
    ['C3', '/c3/'],
    ['Output', '/output/'],
    ['C7', undefined],
  ])('layerPageOf(%j) is %j', (name, href) => {
    expect(layerPageOf(name)).toBe(href);
  });
});
