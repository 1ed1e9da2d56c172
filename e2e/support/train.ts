import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Trains a tenth of an epoch on the open playground; the test accuracy it reports, in percent. */
export async function trainBriefly(page: Page): Promise<number> {
  await page.fill('#train-epochs', '0.1');
  await page.fill('#train-batch-size', '64');
  await page.click('#train-start');
  const accuracy = page.locator('#train-accuracy');
  await expect.poll(async () => (await accuracy.textContent()) ?? '', { timeout: 120_000 }).toMatch(/^Test accuracy/);
  return Number(/([\d.]+)%/.exec((await accuracy.textContent())!)![1]);
}
