import type { Box, Ink } from './ink.ts';

/** How much of [start, end) lies inside the unit cell [cell, cell + 1). */
const overlap = (start: number, end: number, cell: number) =>
  Math.max(0, Math.min(end, cell + 1) - Math.max(start, cell));

/**
 * The ink inside `box`, scaled so that its longer side is `side` pixels and the
 * aspect ratio is kept. Each new pixel is the average of the area it covers, which
 * gives the grey edges that MNIST's anti-aliased normalisation gave its digits.
 */
export function fitInto(ink: Ink, box: Box, side: number): Ink {
  const scale = side / Math.max(box.width, box.height);
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const stepX = box.width / width;
  const stepY = box.height / height;
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    const top = box.y + row * stepY;
    const bottom = top + stepY;
    for (let column = 0; column < width; column++) {
      const left = box.x + column * stepX;
      const right = left + stepX;
      let sum = 0;
      for (let y = Math.floor(top); y < Math.ceil(bottom); y++) {
        const coverY = overlap(top, bottom, y);
        for (let x = Math.floor(left); x < Math.ceil(right); x++) {
          sum += coverY * overlap(left, right, x) * ink.pixels[y * ink.width + x]!;
        }
      }
      pixels[row * width + column] = Math.round(sum / (stepX * stepY));
    }
  }
  return { width, height, pixels };
}
