import { describe, expect, it } from 'vitest';
import { DRAWING_KEY, saveDrawing, savedDrawing } from './saved-drawing.ts';

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  };
};

describe('the kept drawing', () => {
  it('savedDrawing(saveDrawing(pixels)) gives the 784 bytes back', () => {
    const storage = memory();
    const pixels = Uint8Array.from({ length: 784 }, (_, i) => (i * 37) % 256);
    saveDrawing(storage, pixels);
    expect(savedDrawing(storage)).toEqual(pixels);
  });

  it.each([
    ['nothing kept', null],
    ['not base64', '%%%'],
    ['the wrong size', btoa('abc')],
  ])('savedDrawing gives undefined for %s', (_, stored) => {
    const storage = { getItem: (key: string) => (key === DRAWING_KEY ? stored : null) };
    expect(savedDrawing(storage)).toBeUndefined();
  });
});
