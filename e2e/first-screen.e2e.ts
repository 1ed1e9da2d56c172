import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { BASE_URL } from './support/server.ts';
import { settled } from './support/settled.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = [
  { width: 1280, height: 800, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
] as const;

/** Each way in: where it leads, and what its words must say. */
const STARTS = [
  { href: '/input/', says: /guide/i },
  { href: '/playground/', says: /draw a digit/i },
  { href: '/explorer/', says: /change the network/i },
];

describe('the home page says where to start, on its first screen', () => {
  it.each(SCREENS)('$width x $height, $colorScheme: the guide, the playground and the explorer', async (screen) => {
    const page = await browser.newPage({
      viewport: { width: screen.width, height: screen.height },
      colorScheme: screen.colorScheme,
    });
    await page.goto(`${BASE_URL}/`);
    for (const start of STARTS) {
      // The page's own text, not the header's or the contents' links, which every page has.
      const link = page.locator(`main a[href="${start.href}"]`).first();
      expect(await link.textContent()).toMatch(start.says);
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the header on a phone and a desktop', () => {
  it.each([390, 1280])('at %i px every header link is at least 44 px tall', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    await page.goto(`${BASE_URL}/c3/`);
    const heights = await page
      .locator('header.site-header a')
      .evaluateAll((links) => links.map((link) => [link.textContent?.trim(), link.getBoundingClientRect().height]));
    expect(heights.length).toBe(4);
    for (const [name, height] of heights) expect({ name, tall: Number(height) >= 44 }).toEqual({ name, tall: true });
    await page.close();
  });
});

describe('the layer sketches on a phone', () => {
  it.each(['/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/'])(
    '%s: the sketch fits its column at 390 px',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(BASE_URL + path);
      const fit = await page.locator('figure.layer-sketch .figure-scroll').evaluate((scroller) => ({
        drawing: scroller.querySelector('svg')!.getBoundingClientRect().width,
        column: scroller.clientWidth,
        hidden: scroller.scrollWidth - scroller.clientWidth,
      }));
      expect(fit.drawing).toBeLessThanOrEqual(fit.column);
      expect(fit.hidden).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});

/** Every shown menu whose box is narrower than the same menu would be at its natural width, its longest option. */
function cutMenus(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('select')]
      .filter((select) => select.getClientRects().length > 0)
      .flatMap((select) => {
        // A copy beside it, under the same rules, but free to take its own width: the width of its longest option.
        const natural = select.cloneNode(true) as HTMLSelectElement;
        natural.removeAttribute('id');
        for (const property of ['width', 'min-width', 'max-width', 'flex'])
          natural.style.setProperty(property, property === 'min-width' ? '0' : 'auto', 'important');
        natural.style.setProperty('max-width', 'none', 'important');
        Object.assign(natural.style, { position: 'absolute', visibility: 'hidden' });
        select.after(natural);
        const needs = natural.getBoundingClientRect().width;
        natural.remove();
        const has = select.getBoundingClientRect().width;
        return has + 0.5 < needs
          ? [`${select.id || select.className}: ${Math.round(has)} of ${Math.round(needs)} px`]
          : [];
      }),
  );
}

describe('every menu shows its longest option whole', () => {
  it.each([1280, 390])('the explorer at %i px, for every network of the registry', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE_URL}/explorer/`);
    await settled(page);
    const networks = await page
      .locator('#explorer-network option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(networks.length).toBeGreaterThan(1);
    for (const network of [...networks, networks[0]!]) {
      await page.selectOption('#explorer-network', network);
      await settled(page);
      expect({ network, cut: await cutMenus(page) }).toEqual({ network, cut: [] });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each([1280, 390])('the playground at %i px, before and after choosing the paper’s recipe', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE_URL}/playground/`);
    expect(await cutMenus(page)).toEqual([]);
    await page.selectOption('#train-recipe', 'paper');
    expect(await cutMenus(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

/** The excerpts of the results for a term, once Pagefind has loaded every shown one. */
async function excerptsFor(page: Page, term: string): Promise<string[]> {
  await page.goto(`${BASE_URL}/search/?q=${encodeURIComponent(term)}`);
  await page.locator('.pagefind-ui__result-excerpt').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__loading').length === 0);
  return page.locator('.pagefind-ui__result-excerpt').evaluateAll((nodes) => nodes.map((node) => node.textContent));
}

describe('search', () => {
  it.each(['C3', 'connection table', 'Table I', 'X'])(
    'searching %j gives excerpts of whole sentences, none made of table cells',
    async (term) => {
      const page = await browser.newPage();
      const excerpts = await excerptsFor(page, term);
      expect(excerpts.length).toBeGreaterThan(2);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/\bX\. X\b/);
        expect(excerpt).not.toMatch(/\bno\. /);
        // A sentence's end, or an ellipsis where a long one was cut.
        expect({ excerpt, ends: /([.!?]["”’)\]]*|…)$/.test(excerpt.trim()) }).toEqual({ excerpt, ends: true });
      }
      expect(excerpts.join(' ').toLowerCase()).toContain(term.split(' ')[0]!.toLowerCase());
      await page.close();
    },
  );

  it('marks no part of the site as the current page on the search page; axe passes with results', async () => {
    const page = await browser.newPage();
    await excerptsFor(page, 'C3');
    expect(await page.locator('header [aria-current]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // A guide page still marks the guide.
    await page.goto(`${BASE_URL}/c3/`);
    expect(await page.locator('header [aria-current="page"]').textContent()).toContain('Guide');
    await page.close();
  });
});
