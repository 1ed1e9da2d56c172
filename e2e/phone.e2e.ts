import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { settled } from './support/settled.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LAYER_PAGES = ['/input/', '/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/', '/output/'];

describe.each([
  ['/', 'figure.architecture'],
  ['/explorer/', 'section[aria-labelledby="architecture-heading"]'],
])('the architecture figure on %s at 390 px', (path, figure) => {
  it('runs downwards, its labels at 13 px or more, within the screen, linking every layer page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${BASE_URL}${path}`);
    if (path === '/explorer/') await settled(page);
    const column = page.locator(`${figure} .architecture-column svg`);
    expect(await column.isVisible()).toBe(true);
    expect(await page.locator(`${figure} .architecture-row svg`).isVisible()).toBe(false);
    const sizes = await column.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    });
    expect(sizes).toHaveLength(16);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    const box = (await column.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const links = await column.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(LAYER_PAGES);
    await page.close();
  });
});

describe('the architecture figure at 1280 px', () => {
  it('is the paper’s left-to-right drawing, and the downward one is not shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE_URL}/`);
    expect(await page.locator('figure.architecture .architecture-row svg').isVisible()).toBe(true);
    expect(await page.locator('figure.architecture .architecture-column svg').isVisible()).toBe(false);
    await page.close();
  });
});
