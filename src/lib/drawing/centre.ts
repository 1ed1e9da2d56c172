import type { Ink } from './ink.ts';

/** The ink's centre of mass, in pixel indices (MNIST's digits have theirs near (14, 14)). */
export function centreOfMass({ width, height, pixels }: Ink): { x: number; y: number } {
  let total = 0;
  let x = 0;
  let y = 0;
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const value = pixels[row * width + column]!;
      total += value;
      x += value * column;
      y += value * row;
    }
  }
  return total === 0 ? { x: (width - 1) / 2, y: (height - 1) / 2 } : { x: x / total, y: y / total };
}

/**
 * `ink` placed in a `side` x `side` field so that its centre of mass falls on pixel
 * (side / 2, side / 2), where MNIST put it, to the nearest pixel and never pushing
 * ink off the field.
 */
export function centreIn(ink: Ink, side: number): { field: Ink; left: number; top: number } {
  const centre = centreOfMass(ink);
  const place = (mass: number, extent: number) => Math.min(side - extent, Math.max(0, Math.round(side / 2 - mass)));
  const left = place(centre.x, ink.width);
  const top = place(centre.y, ink.height);
  const pixels = new Uint8Array(side * side);
  for (let row = 0; row < ink.height; row++) {
    pixels.set(ink.pixels.subarray(row * ink.width, (row + 1) * ink.width), (row + top) * side + left);
  }
  return { field: { width: side, height: side, pixels }, left, top };
}
