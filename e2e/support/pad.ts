import type { Page } from 'playwright-core';

/**
 * Writes a 28x28 digit as a person would: one pointer stroke along each run of inked pixels, row by row,
 * its top-left corner at (left, top) on the page and `scale` page pixels per digit pixel.
 */
export async function strokeDigit(page: Page, pixels: Uint8Array, left: number, top: number, scale: number) {
  for (let row = 0; row < 28; row++) {
    let column = 0;
    while (column < 28) {
      if (pixels[row * 28 + column]! < 128) {
        column++;
        continue;
      }
      const start = column;
      while (column < 28 && pixels[row * 28 + column]! >= 128) column++;
      const y = top + (row + 0.5) * scale;
      await page.mouse.move(left + (start + 0.5) * scale, y);
      await page.mouse.down();
      await page.mouse.move(left + (column - 0.5) * scale, y, { steps: 2 });
      await page.mouse.up();
    }
  }
}

/** Draws a 28x28 digit on the 280x280 pad, ten pad pixels per digit pixel. */
export async function drawDigit(page: Page, pixels: Uint8Array): Promise<void> {
  const pad = await page.locator('#pad').boundingBox();
  if (!pad) throw new Error('The pad is not on screen.');
  await strokeDigit(page, pixels, pad.x, pad.y, pad.width / 28);
}
