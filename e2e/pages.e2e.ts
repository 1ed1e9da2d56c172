import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { watchPage } from './support/page-watch.ts';
import { builtPages } from './support/pages.ts';
import { BASE_URL } from './support/server.ts';
import { settled } from './support/settled.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = builtPages();

describe('every built page', () => {
  it('the build has every page of the guide in reading order, the explorer, the playground and search', () => {
    const guide = ['/', '/input/', '/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/', '/output/'];
    const more = ['/paper-vs-modern/', '/training/', '/results/', '/sdnn/', '/myths/', '/references/'];
    expect(pages).toEqual(expect.arrayContaining([...guide, ...more, '/explorer/', '/playground/', '/search/']));
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(pages)('%s answers 200, logs no error, stays on the site and passes axe', async (path) => {
      const context = await browser.newContext();
      await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
      const page = await context.newPage();
      const watch = watchPage(page);
      const response = await page.goto(BASE_URL + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await settled(page);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.title()).not.toBe('');
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    });
  });

  it('an unknown address gets the 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${BASE_URL}/no-such-layer/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });
});

describe('documentation pages', () => {
  it("the overview prints the paper's totals and links to the next page", async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/`);
    const text = (await page.locator('main').textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('340,908 connections but only 60,000 trainable');
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/input/');
    expect(await page.locator('.sidebar a[aria-current="page"]').textContent()).toContain('Overview');
    await page.close();
  });
});
