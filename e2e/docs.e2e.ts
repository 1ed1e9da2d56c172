import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function searchFor(page: Page, term: string): Promise<string[]> {
  await page.goto(`${BASE_URL}/search/?q=${encodeURIComponent(term)}`);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('search', () => {
  it.each([
    ['Table I', '/c3/'],
    ['C3', '/c3/'],
    ['squashing', '/f6/'],
  ])('searching %j finds %s', async (term, path) => {
    const page = await browser.newPage();
    expect(await searchFor(page, term)).toContain(path);
    await page.close();
  });

  it('the header search box opens the search page with the term', async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/c1/`);
    await page.fill('#site-search', 'Table I');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=Table\+I/);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await page.close();
  });
});

/** The toggle's words as shown, which are its accessible name: only the current setting's word is displayed. */
const toggleName = async (page: Page) => (await page.locator('#theme-toggle').innerText()).trim();

describe('theme', () => {
  it('the toggle switches the theme, and the choice holds on the next page with no flash', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    expect(await toggleName(page)).toBe('Theme: system');
    await page.click('#theme-toggle');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    // The theme must be set before the first paint: read it as the document starts parsing the body.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { themeAtParse: string }).themeAtParse =
            document.documentElement.dataset['theme'] ?? '';
        }
      });
    });
    await page.click('a[href="/c1/"]');
    await page.waitForURL(/\/c1\/$/);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
    expect(await toggleName(page)).toBe('Theme: dark');

    await page.click('#theme-toggle');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await context.close();
  });

  it('without a choice it follows the system', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    expect(await toggleName(page)).toBe('Theme: system');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain('dark');
    await context.close();
  });
});

describe('reading on a phone', () => {
  it('the contents collapse behind a button and open on demand', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${BASE_URL}/c3/`);
    const firstLink = page.locator('.sidebar a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await page.click('.sidebar summary');
    expect(await firstLink.isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('every layer page has headings with anchors and a table of contents on wide screens', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE_URL}/c5/`);
    const tocLinks = await page
      .locator('.toc a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(tocLinks.length).toBeGreaterThan(2);
    for (const href of tocLinks) expect(await page.locator(`${href} + a.anchor`).count()).toBe(1);
    await page.close();
  });
});
