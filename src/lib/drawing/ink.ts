/** A greyscale picture of ink: 0 is paper, 255 full ink, row after row (MNIST's convention). */
export interface Ink {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** A pixel rectangle: columns x .. x + width - 1, rows y .. y + height - 1. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const blankInk = (width: number, height: number): Ink => ({
  width,
  height,
  pixels: new Uint8Array(width * height),
});

/** The smallest box around every pixel with ink above `threshold`; undefined for a blank picture. */
export function boundingBox({ width, height, pixels }: Ink, threshold = 0): Box | undefined {
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! <= threshold) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? undefined : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}
