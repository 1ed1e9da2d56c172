import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { auditLayout } from './support/layout-audit.ts';
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

const VIEWS = [
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
  { width: 1280, height: 900, colorScheme: 'light' },
  { width: 1280, height: 900, colorScheme: 'dark' },
] as const;

describe('what a reader sees, on a phone and a desktop, light and dark', () => {
  it.each(VIEWS)(
    '$width px, $colorScheme: no page scrolls sideways, sideways scrollers have a cue, figure text is 11 px or more, controls 24 px or more; axe on a phone',
    async (view) => {
      const page = await browser.newPage({
        viewport: { width: view.width, height: view.height },
        colorScheme: view.colorScheme,
      });
      const problems: Record<string, unknown> = {};
      for (const path of builtPages()) {
        await page.goto(BASE_URL + path);
        await settled(page);
        const found = await auditLayout(page);
        const axe = view.width === 390 ? await axeViolations(page) : [];
        const bad =
          found.pageOverflow > 0 ||
          found.uncuedScrollers.length > 0 ||
          found.smallText.length > 0 ||
          found.smallTargets.length > 0 ||
          axe.length > 0;
        if (bad) problems[path] = { ...found, axe };
      }
      expect(problems).toEqual({});
      await page.close();
    },
    180_000,
  );
});

describe('the playground on a phone', () => {
  it('puts the drawing pad and its answer on one screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${BASE_URL}/playground/`);
    const pad = (await page.locator('#pad').boundingBox())!;
    const answer = (await page.locator('#pretrained-answer').boundingBox())!;
    expect(answer.y + answer.height - pad.y).toBeLessThanOrEqual(844);
    await page.close();
  });
});

describe('"On this page" on a phone', () => {
  it.each([
    [390, true],
    [1280, false],
  ])('at %i px the collapsed list at the top of a page is shown: %s', async (width, shown) => {
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    await page.goto(`${BASE_URL}/c3/`);
    const contents = page.locator('main details.page-contents');
    expect(await contents.isVisible()).toBe(shown);
    if (shown) {
      await contents.locator('summary').click();
      expect(await contents.locator('a[href="#shape"]').isVisible()).toBe(true);
    }
    await page.close();
  });
});

describe('grids take one Tab stop', () => {
  it('the C3 table has one button in the Tab order, whatever was pressed', async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/explorer/`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    const stops = () => page.locator('#c3-matrix button:not([tabindex="-1"])').count();
    expect(await stops()).toBe(1);
    await page.locator('#c3-matrix button').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await stops()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('S2 map 0 to C3 map 1');
    await page.close();
  });
});

describe('the explorer never describes another network than its controls', () => {
  it.each(['?input=28', '?input=36x40', '?input=64&head=flatten'])(
    '%s: the drawing, the caption and the fields name the same size',
    async (query) => {
      const page = await browser.newPage();
      await page.goto(`${BASE_URL}/explorer/${query}`);
      await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
      const height = await page.inputValue('#explorer-height');
      const width = await page.inputValue('#explorer-width');
      expect(await page.textContent('#explorer-table caption')).toContain(`at a ${height}x${width} input`);
      expect(await page.getAttribute('#explorer-architecture', 'aria-label')).toContain(`1@${height}x${width}`);
      await page.close();
    },
  );
});
