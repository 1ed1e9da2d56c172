import { inkRamp } from './color-ramp.ts';

/** Paints a greyscale picture (0 paper, 255 ink) into `canvas` at one canvas pixel per picture pixel. */
export function paintInk(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, width: number, height: number): void {
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(width, height);
  const ink = inkRamp();
  for (let i = 0; i < width * height; i++) {
    const step = Math.max(0, Math.min(255, Math.round(pixels[i]!)));
    image.data.set([ink[step * 3]!, ink[step * 3 + 1]!, ink[step * 3 + 2]!, 255], i * 4);
  }
  context.putImageData(image, 0, 0);
}
