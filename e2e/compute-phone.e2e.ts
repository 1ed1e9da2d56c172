import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
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

const FIGURE = '[data-compute]';
const PHONE = { viewport: { width: 390, height: 844 } };
const TOUCH: BrowserContextOptions = { ...PHONE, hasTouch: true, isMobile: true };
const sentence = (page: Page) => page.locator(`${FIGURE} .compute-sentence`).textContent();
const outputTile = (page: Page, map: number) => page.locator(`${FIGURE} .compute-output .compute-tile`).nth(map);

async function reach(page: Page, path: string): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.locator(`${FIGURE} .compute-sentence`).waitFor({ timeout: 20_000 });
}

interface OnScreen {
  readonly height: number;
  /** The reader's outlined unit on the output maps, and the map's label under it. */
  readonly mark: { top: number; bottom: number };
  readonly label: { top: number; bottom: number };
  /** The arithmetic's panel and its first line, the sentence. */
  readonly frame: { top: number; bottom: number };
  readonly sentence: { top: number; bottom: number };
  /** What the screen shows at the middle of the outline: the map itself, not the arithmetic over it. */
  readonly markUncovered: boolean;
}

/** Where the outlined unit and the arithmetic are, in the viewport's coordinates. */
function onScreen(page: Page): Promise<OnScreen> {
  return page.evaluate((figure) => {
    const box = (element: Element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    const mark = document.querySelector(`${figure} .compute-output .compute-mark:not([hidden])`)!;
    const tile = mark.closest('.compute-tile')!;
    const markBox = mark.getBoundingClientRect();
    const seen = document.elementFromPoint(markBox.left + markBox.width / 2, markBox.top + markBox.height / 2);
    return {
      height: innerHeight,
      mark: box(mark),
      label: box(tile.querySelector('.compute-tile-label')!),
      frame: box(document.querySelector(`${figure} .compute-work`)!),
      sentence: box(document.querySelector(`${figure} .compute-sentence`)!),
      markUncovered: seen === tile || tile.contains(seen),
    };
  }, FIGURE);
}

/** The outline and the arithmetic's first line both within the screen, the outline not under the arithmetic. */
function expectOneScreen(seen: OnScreen): void {
  expect(seen.mark.top).toBeGreaterThanOrEqual(0);
  expect(seen.mark.bottom).toBeLessThanOrEqual(seen.frame.top);
  expect(seen.markUncovered).toBe(true);
  // The arithmetic takes at most about a third of the screen.
  expect(seen.frame.bottom - seen.frame.top).toBeLessThanOrEqual(0.36 * seen.height);
  expect(seen.sentence.top).toBeGreaterThanOrEqual(0);
  expect(seen.sentence.bottom).toBeLessThanOrEqual(seen.height);
}

/** Taps a unit of an output map, at the middle of its cell, as a finger would. */
async function tap(page: Page, map: number, row: number, column: number): Promise<void> {
  const box = (await outputTile(page, map).boundingBox())!;
  await page.touchscreen.tap(box.x + ((column + 0.5) / 10) * box.width, box.y + ((row + 0.5) / 10) * box.height);
}

describe.each(['light', 'dark'] as const)('/c3/ on a phone, %s theme', (colorScheme) => {
  it("a tapped unit's outline and its arithmetic are on one screen, wherever the map is, and axe passes", async () => {
    const context = await browser.newContext({ ...TOUCH, colorScheme });
    const page = await context.newPage();
    const watch = watchPage(page);
    await reach(page, '/c3/');
    // A map scrolled to the top of the screen, then the next one down, tapped as it comes up from below.
    await outputTile(page, 4).evaluate((tile) => scrollBy(0, tile.getBoundingClientRect().top - 60));
    await tap(page, 4, 2, 7);
    expect(await sentence(page)).toMatch(/^C3 map 4, row 2, column 7 reads 3 maps below \(0, 4, 5\)/);
    expectOneScreen(await onScreen(page));
    // The last map, its bottom edge just above the arithmetic's top: the tap lifts it and its label clear.
    const frameTop = (await onScreen(page)).frame.top;
    await outputTile(page, 15).evaluate(
      (tile, top) => scrollBy(0, tile.getBoundingClientRect().bottom - top + 4),
      frameTop,
    );
    await tap(page, 15, 1, 3);
    expect(await sentence(page)).toMatch(/^C3 map 15, row 1, column 3 reads 6 maps below/);
    const seen = await onScreen(page);
    expectOneScreen(seen);
    expect(seen.label.bottom).toBeLessThanOrEqual(seen.frame.top);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('with the keyboard, each map the focus reaches and its arithmetic are on one screen; the arithmetic scrolls', async () => {
    const context = await browser.newContext({ ...PHONE, colorScheme });
    const page = await context.newPage();
    await reach(page, '/c3/');
    const [, row, column] = (await sentence(page))!.match(/row (\d+), column (\d+)/)!.map(Number);
    await outputTile(page, 0).focus();
    for (let map = 1; map < 16; map++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tile'))).toBe(String(map));
      expect(await sentence(page)).toMatch(new RegExp(`^C3 map ${map}, row ${row}, column ${column} `));
      expectOneScreen(await onScreen(page));
    }
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await sentence(page)).toMatch(new RegExp(`^C3 map 15, row ${row! - 1}, column ${column! - 1} `));
    expectOneScreen(await onScreen(page));
    // The next stop is the arithmetic itself, taller than its panel: the keyboard scrolls it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('compute-work'))).toBe(true);
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.locator(`${FIGURE} .compute-work`).evaluate((frame) => frame.scrollTop), { timeout: 5_000 })
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** The panels' boxes, and the caption's words for them. */
const captionAndLayout = (page: Page) =>
  page.evaluate((figure) => {
    const box = (selector: string) => document.querySelector(`${figure} ${selector}`)!.getBoundingClientRect();
    const input = box('.compute-input');
    const output = box('.compute-output');
    return {
      caption: document.querySelector(`${figure} > figcaption`)!.textContent.replace(/\s+/g, ' '),
      below: output.top >= input.bottom - 1,
      beside: output.left >= input.right - 1,
    };
  }, FIGURE);

const LEFT_RIGHT = "Left, what the layer reads; right, the layer's output";
const ABOVE_BELOW = "Above, what the layer reads; below, the layer's output";

describe("the figure's caption says where its panels are", () => {
  it.each([
    ['/c3/', 1280, 'below'],
    ['/c3/', 390, 'below'],
    ['/c1/', 1280, 'below'],
    ['/c1/', 390, 'below'],
    ['/output/', 1280, 'beside'],
    ['/output/', 390, 'below'],
  ] as const)(
    'on %s at %i px, the output is %s what the layer reads, and the caption says so',
    async (path, width, where) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await reach(page, path);
      // The caption's words are set as the figure is laid out, before the next frame is painted.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const seen = await captionAndLayout(page);
      expect(seen[where]).toBe(true);
      expect(seen.caption).toContain(where === 'below' ? ABOVE_BELOW : LEFT_RIGHT);
      expect(seen.caption).not.toContain(where === 'below' ? LEFT_RIGHT : ABOVE_BELOW);
      await page.close();
    },
  );

  it('follows the layout as the window narrows and widens again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await reach(page, '/output/');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect((await captionAndLayout(page)).caption).toContain(LEFT_RIGHT);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await captionAndLayout(page)).caption).toContain(ABOVE_BELOW);
    expect((await captionAndLayout(page)).below).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await captionAndLayout(page)).caption).toContain(LEFT_RIGHT);
    await page.close();
  });
});

describe('the output page', () => {
  it('keys the distances from 0, writes each digit on its unit, and does the same for the probabilities', async () => {
    const page = await browser.newPage(PHONE);
    await reach(page, '/output/');
    const legend = page.locator(`${FIGURE} .compute-output svg.compute-legend`);
    const key = async () => ({
      labels: await legend.locator('text').allTextContents(),
      name: await legend.getAttribute('aria-label'),
      digits: await page.locator(`${FIGURE} .compute-output .compute-cell-words span`).allTextContents(),
    });
    const distances = await key();
    expect(distances.labels[0]).toBe('0');
    expect(distances.name).toMatch(/^Colour scale from 0 \(white\) to \d+\.\d\d \(red\)$/);
    expect(distances.labels.join(' ')).not.toMatch(/−/);
    expect(distances.digits).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    // The largest distance ends the key: what the arithmetic's bars list as the largest of the ten.
    const bars = await page.locator(`${FIGURE} .compute-bars td:last-child`).allTextContents();
    const largest = Math.max(...bars.map((bar) => Number.parseFloat(bar)));
    expect(Number(distances.labels[2])).toBeCloseTo(largest, 1);
    await page.locator(`${FIGURE} .compute-model[value="modern"]`).check();
    await expect.poll(() => sentence(page)).toMatch(/^Output unit 7: logit/);
    const probabilities = await key();
    expect(probabilities.labels[0]).toBe('0');
    expect(probabilities.digits).toEqual(distances.digits);
    await page.close();
  });
});

describe('the worked examples', () => {
  it("C1's numbers are set at the body's size, and its caption says where the bias comes from", async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${BASE_URL}/c1/`);
    const worked = page.locator('figure.worked').first();
    const sizes = await worked.evaluate((figure) => ({
      cell: parseFloat(getComputedStyle(figure.querySelector('.number-grid td')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.content p')!).fontSize),
    }));
    expect(sizes.cell).toBeGreaterThanOrEqual(sizes.body * 0.9);
    expect(await worked.locator('figcaption').textContent()).toMatch(
      /The bias, −0\.2, is chosen by hand too: the kernel's weights add up to 0, so a window of one even level/,
    );
    await page.close();
  });

  it("C3's squashing is written out on its own line, as C1's is", async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${BASE_URL}/c3/`);
    const displays = await page.locator('figure.worked').first().locator('.katex-mathml annotation').allTextContents();
    expect(displays).toHaveLength(2);
    expect(displays[1]).toMatch(/^f\(a\) = 1\.7159 \\tanh.*= 1\.073$/);
    await page.close();
  });
});
