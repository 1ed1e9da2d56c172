import type { Page } from 'playwright-core';
import { strokeDigit } from './pad.ts';

async function linePad(page: Page) {
  await page.locator('#line-pad').scrollIntoViewIfNeeded();
  const pad = await page.locator('#line-pad').boundingBox();
  if (!pad) throw new Error('The wide pad is not on screen.');
  return pad;
}

/** One pointer stroke through `points`, each a share of the wide pad's width and height. */
export async function strokeOnLinePad(page: Page, points: [number, number][]): Promise<void> {
  const pad = await linePad(page);
  const [first, ...rest] = points.map(([x, y]) => [pad.x + x * pad.width, pad.y + y * pad.height] as const);
  await page.mouse.move(...first!);
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...point, { steps: 3 });
  await page.mouse.up();
}

/**
 * Writes 28x28 digits side by side on the wide pad as a person would: each digit as tall as the pad,
 * the digits' fields a fifth of a field apart.
 */
export async function drawOnLinePad(page: Page, digits: readonly Uint8Array[]): Promise<void> {
  const pad = await linePad(page);
  const scale = pad.height / 28;
  for (const [index, pixels] of digits.entries()) {
    const left = pad.x + pad.width * 0.05 + index * 28 * scale * 0.8;
    await strokeDigit(page, pixels, left, pad.y, scale);
  }
}
