import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the reader is told, what is stored, and what is shown. */
async function state(page: Page) {
  return page.evaluate(() => ({
    // innerText leaves out what is not displayed, as the button's accessible name does.
    name: document.getElementById('theme-toggle')!.innerText.trim(),
    stored: localStorage.getItem('theme'),
    chosen: document.documentElement.dataset['theme'] ?? null,
    background: getComputedStyle(document.body).backgroundColor,
  }));
}

describe('the theme toggle names its setting and can go back to the system’s', () => {
  it.each(['light', 'dark'] as const)(
    'with a %s system: other theme, same theme, system; kept over a reload and on the next page',
    async (system) => {
      const other = system === 'dark' ? 'light' : 'dark';
      const context = await browser.newContext({ colorScheme: system });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/c1/`);
      const start = await state(page);
      expect(start).toMatchObject({ name: 'Theme: system', stored: null, chosen: null });

      await page.click('#theme-toggle');
      const first = await state(page);
      expect(first).toMatchObject({ name: `Theme: ${other}`, stored: other, chosen: other });
      expect(first.background).not.toBe(start.background);
      expect(await axeViolations(page)).toEqual([]);

      // The keyboard presses the same button.
      await page.focus('#theme-toggle');
      await page.keyboard.press('Enter');
      const second = await state(page);
      expect(second).toMatchObject({ name: `Theme: ${system}`, stored: system, chosen: system });
      expect(second.background).toBe(start.background);
      await page.reload();
      expect(await state(page)).toMatchObject({ name: `Theme: ${system}`, stored: system });

      await page.focus('#theme-toggle');
      await page.keyboard.press('Space');
      expect(await state(page)).toMatchObject({ name: 'Theme: system', stored: null, chosen: null });
      expect(await axeViolations(page)).toEqual([]);

      // Following the system survives a reload and a new page, and follows the system when it changes.
      await page.reload();
      expect(await state(page)).toEqual({ ...start, name: 'Theme: system' });
      await page.click('a[href="/c3/"]');
      await page.waitForURL(/\/c3\/$/);
      expect(await state(page)).toEqual(start);
      await page.emulateMedia({ colorScheme: other });
      expect((await state(page)).background).toBe(first.background);
      expect((await state(page)).name).toBe('Theme: system');
      await context.close();
    },
  );
});
