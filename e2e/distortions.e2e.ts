/**
 * Section III-B's distortions as a reader meets them: the training page's figure of
 * real training digits and their distortions, drawn again on request, and a
 * playground run that trains on the distorted set and shows what it trains on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { watchPage } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every canvas of the figure as its pixels, to compare one drawing with the next. */
const canvasPixels = (page: Page) =>
  page.locator('.distortions canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) =>
      Array.from(
        canvas
          .getContext('2d')!
          .getImageData(0, 0, 28, 28)
          .data.filter((_, i) => i % 4 === 0),
      ).join(','),
    ),
  );

describe("the training page's distortions figure", () => {
  it.each([
    { width: 1280, dark: false },
    { width: 390, dark: true },
  ])('at $width px draws ten digits and four distortions of each, and draws new ones when asked', async (screen) => {
    const page = await browser.newPage({
      viewport: { width: screen.width, height: 900 },
      colorScheme: screen.dark ? 'dark' : 'light',
    });
    const watch = watchPage(page);
    await page.goto(`${BASE_URL}/training/`);
    // Nothing is drawn before the reader reaches the figure.
    expect(await page.getAttribute('.distortions', 'data-drawn')).toBeNull();
    await page.locator('.distortions').scrollIntoViewIfNeeded();
    await page.locator('.distortions[data-drawn="1"]').waitFor();
    const first = await canvasPixels(page);
    expect(first).toHaveLength(50);
    // Every digit has ink, and no distortion is the digit itself.
    for (const pixels of first) expect(pixels.split(',').some((value) => value !== first[0]!.split(',')[0])).toBe(true);
    for (let column = 0; column < 10; column++) {
      for (let row = 1; row < 5; row++) expect(first[row * 10 + column]).not.toBe(first[column]);
    }
    await page.locator('.distortions button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.distortions-status')).toBe('Drawn again: distortion set 2.');
    const second = await canvasPixels(page);
    expect(second.slice(0, 10)).toEqual(first.slice(0, 10));
    expect(second.slice(10)).not.toEqual(first.slice(10));
    const box = await page.locator('.distortions-grid').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(screen.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});

describe('the playground with distortions', () => {
  it('trains on the distorted set, shows digits of the batch, and learns', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${BASE_URL}/playground/?seed=1`);
    expect(await page.isVisible('#train-samples')).toBe(false);
    await page.check('#train-distort');
    // The hint under the form names the distortions instead of the shifts.
    expect(await page.isVisible('#train-distort-words')).toBe(true);
    expect(await page.isVisible('#train-shift-words')).toBe(false);
    await page.fill('#train-epochs', '0.2');
    await page.fill('#train-batch-size', '64');
    await page.click('#train-start');
    await page.locator('#train-samples').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('#train-samples canvas').count()).toBe(8);
    const accuracy = page.locator('#train-accuracy');
    await expect.poll(async () => (await accuracy.textContent()) ?? '', { timeout: 120_000 }).toMatch(/^Test accuracy/);
    expect(Number(/([\d.]+)%/.exec((await accuracy.textContent())!)![1])).toBeGreaterThan(80);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#train-reset');
    await page.click('#train-reset').catch(() => undefined);
    await expect.poll(() => page.isVisible('#train-samples')).toBe(false);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  }, 180_000);
});

describe("the playground's printed recipe", () => {
  it.each([
    { width: 1280, dark: false },
    { width: 390, dark: true },
  ])(
    'at $width px shows the steps at the cap, F6 saturating digit by digit, and why it diverged',
    async (screen) => {
      const page = await browser.newPage({
        viewport: { width: screen.width, height: 900 },
        colorScheme: screen.dark ? 'dark' : 'light',
      });
      const watch = watchPage(page);
      await page.goto(`${BASE_URL}/playground/?seed=1`);
      await page.selectOption('#train-recipe', 'printed');
      expect(await page.isVisible('#train-printed-hint')).toBe(true);
      expect(await page.isVisible('#train-epochs')).toBe(false);
      await page.click('#train-start');
      const verdict = page.locator('#printed-verdict');
      await expect
        .poll(async () => (await verdict.textContent()) ?? '', { timeout: 120_000 })
        .toMatch(/^Diverged after \d+ digits/);
      expect(await verdict.textContent()).toContain('every step of C1 and S2 sits at the cap η/μ = 0.025');
      const rows = await page.locator('#printed-steps tbody tr').allTextContents();
      expect(rows).toHaveLength(6);
      expect(rows[0]).toMatch(/^C1.*100%$/);
      expect(await page.textContent('#printed-status')).toMatch(
        /^Digit \d+ \(a \d, answered \d\): loss [\d.]+, (9\d|100)% of F6's units saturated\.$/,
      );
      expect(await page.isVisible('#train-curves')).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      // Back to Adam: the printed run's panel goes with Reset, and the usual curves come back.
      await page.click('#train-reset');
      await page.click('#train-reset').catch(() => undefined);
      await expect.poll(() => page.isVisible('#printed-run')).toBe(false);
      expect(await page.isVisible('#train-curves')).toBe(true);
      expect(watch.errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
