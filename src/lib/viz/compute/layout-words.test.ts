import { describe, expect, it } from 'vitest';
import { layoutWords, type Box } from './layout-words.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('layoutWords', () => {
  it.each([
    // C1 at 1280 px: the image on the left, the six maps beside it.
    [
      'side by side',
      box(0, 0, 144, 200),
      box(168, 0, 560, 200),
      "Left, what the layer reads; right, the layer's output",
    ],
    // C3 at 1280 px: the image and S2's maps on one row, C3's sixteen maps wrapped onto the next.
    [
      'wrapped below',
      box(200, 0, 560, 160),
      box(0, 176, 560, 380),
      "Above, what the layer reads; below, the layer's output",
    ],
    // Any page on a phone: every panel on its own row, level with the one above at the left.
    [
      'stacked on a phone',
      box(0, 0, 350, 300),
      box(0, 316, 350, 700),
      "Above, what the layer reads; below, the layer's output",
    ],
    [
      'touching at a shared edge',
      box(0, 0, 100, 100),
      box(100, 0, 100, 100),
      "Left, what the layer reads; right, the layer's output",
    ],
    [
      'overlapping (not laid out yet)',
      box(0, 0, 100, 100),
      box(50, 50, 100, 100),
      "First what the layer reads, then the layer's output",
    ],
  ])('%s', (_, input, output, words) => {
    expect(layoutWords('what the layer reads', { input, output })).toBe(words);
  });

  it('names what the input page reads, and keeps to order before the panels are drawn', () => {
    expect(layoutWords('the MNIST digit')).toBe("First the MNIST digit, then the layer's output");
  });
});
