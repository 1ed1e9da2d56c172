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

const FIGURE = '[data-compute]';
const sentence = (page: Page) => page.locator(`${FIGURE} .compute-sentence`).textContent();
const status = (page: Page) => page.locator(`${FIGURE} .compute-status`).textContent();

/** Opens a page, scrolls to its figure and waits for the first unit's arithmetic. */
async function reach(page: Page, path: string): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  await page.locator(`${FIGURE} .compute-sentence`).waitFor({ timeout: 20_000 });
}

// The label of MNIST's test digit 0 is 7, of digit 5 is 1: facts of the test file, which the network reads correctly.
describe.each([
  ['/input/', /Input pixel at row \d+, column \d+: (MNIST grey level|in the margin)/],
  ['/c1/', /C1 map 0, row \d+, column \d+: the 25 products of its kernel/],
  ['/s2/', /S2 map 0, .*times the coefficient/],
  ['/c3/', /C3 map 0, .* reads 3 maps below \(0, 1, 2\)/],
  ['/s4/', /S4 map 0, .*times the coefficient/],
  ['/c5/', /C5 unit 0 reads all 16 maps below, 25 products from each: its 16 partial sums add up to/],
  ['/f6/', /F6 unit 0: 120 products/],
  ['/output/', /Output unit 7: the squared distance .* so the network answers 7\./],
])('the "see it compute" figure on %s', (path, first) => {
  it('fetches nothing until reached, then shows a real unit and its arithmetic, with no NaN', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${BASE_URL}${path}`);
    await page.waitForLoadState('networkidle');
    // The figure starts below the fold, so that "not before it is reached" is what this checks.
    expect(await page.locator(FIGURE).evaluate((figure) => figure.getBoundingClientRect().top)).toBeGreaterThan(800);
    expect(fetched.filter((url) => url.startsWith('/data/'))).toEqual([]);
    await reach(page, path);
    expect(await sentence(page)).toMatch(first);
    expect(await status(page)).toBe('Test digit 0, labelled 7; the network answers 7.');
    const text = await page.locator(FIGURE).textContent();
    expect(text).not.toMatch(/NaN|not a number|undefined/);
    expect(fetched).toContain('/data/guide-weights/paper.bin');
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('pointing at units', () => {
  it('on C1, the pointer picks the unit under it, and arrow keys move within the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await reach(page, '/c1/');
    const tile = page.locator(`${FIGURE} .compute-output .compute-tile`).nth(2);
    const box = (await tile.boundingBox())!;
    // Map 2 is 28x28: the middle of its cell (row 3, column 20).
    await page.mouse.move(box.x + (20.5 / 28) * box.width, box.y + (3.5 / 28) * box.height);
    expect(await sentence(page)).toMatch(/^C1 map 2, row 3, column 20:/);
    await tile.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await sentence(page)).toMatch(/^C1 map 2, row 4, column 21:/);
    // Tab reaches the next map at the same position.
    await page.keyboard.press('Tab');
    expect(await sentence(page)).toMatch(/^C1 map 3, row 4, column 21:/);
    // The sentence is announced as the focus moves, and the map says how to move within it.
    expect(await page.locator(`${FIGURE} .compute-sentence`).getAttribute('aria-live')).toBe('polite');
    expect(await tile.getAttribute('aria-label')).toBe('C1 map 2: 28 by 28 units. Arrow keys move between its units.');
    const mark = page.locator(`${FIGURE} .compute-input .compute-mark`);
    expect(await mark.isVisible()).toBe(true);
    await page.close();
  });

  it("on C3, the modern port's switch makes every map read all six S2 maps", async () => {
    const page = await browser.newPage();
    await reach(page, '/c3/');
    expect(await page.locator(`${FIGURE} .compute-input .compute-dimmed`).count()).toBe(3);
    await page.locator(`${FIGURE} .compute-model[value="modern"]`).check();
    await expect.poll(() => sentence(page)).toMatch(/C3 map 0, .* reads 6 maps below \(0, 1, 2, 3, 4, 5\)/);
    expect(await page.locator(`${FIGURE} .compute-input .compute-dimmed`).count()).toBe(0);
    await page.close();
  });

  it('on the output page, the modern port answers by softmax, the largest probability', async () => {
    const page = await browser.newPage();
    await reach(page, '/output/');
    await page.locator(`${FIGURE} .compute-model[value="modern"]`).check();
    await expect.poll(() => sentence(page)).toMatch(/Output unit 7: logit .* so the network answers 7\./);
    await page.close();
  });

  it('on the family page, LeNet-1 H3 units read the H2 maps of its table', async () => {
    const page = await browser.newPage();
    await reach(page, '/lenet-family/');
    await page.locator(`${FIGURE} .compute-layer`).selectOption({ label: 'H3' });
    // Table 1 of the NIPS paper: H3 map 0 reads H2 map 0 alone... whatever the table says, it is fewer than all four.
    await expect.poll(() => sentence(page)).toMatch(/^H3 map 0, /);
    expect(await page.locator(`${FIGURE} .compute-input .compute-dimmed`).count()).toBeGreaterThan(0);
    expect(await status(page)).toMatch(/Test digit 0, labelled 7; the network answers 7\./);
    await page.close();
  });
});

describe('choosing the digit', () => {
  it('any test digit by number, loading the test set only then; a bad number is explained, the last digit kept', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await reach(page, '/c1/');
    expect(fetched.some((url) => url.includes('test-images'))).toBe(false);
    const field = page.locator(`${FIGURE} .compute-number`);
    for (const bad of ['12000', '-1', '3.5', 'seven']) {
      await field.fill(bad);
      await field.press('Enter');
      expect(await page.locator(`${FIGURE} .compute-number-error`).textContent()).toBe(
        `Test digits are numbered 0 to 9,999; got "${bad}".`,
      );
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await status(page)).toBe('Test digit 0, labelled 7; the network answers 7.');
    }
    await field.fill('5');
    await field.press('Enter');
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe('Test digit 5, labelled 1; the network answers 1.');
    expect(fetched.some((url) => url.includes('test-images'))).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    await page.close();
  });

  it('the shipped digits, and the drawing the playground kept', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    // A vertical stroke, as the playground keeps a drawing: 28x28 bytes in base64.
    await page.evaluate(() => {
      const pixels = new Uint8Array(784);
      for (let row = 5; row < 23; row++) pixels[row * 28 + 13] = pixels[row * 28 + 14] = 255;
      localStorage.setItem('lenet5.drawn-digit', btoa(String.fromCharCode(...pixels)));
    });
    await reach(page, '/s2/');
    await page.locator(`${FIGURE} .compute-digit`).selectOption({ label: 'A 3 (test digit 18)' });
    await expect.poll(() => status(page)).toBe('Test digit 18, labelled 3; the network answers 3.');
    await page.locator(`${FIGURE} .compute-digit`).selectOption('drawing');
    await expect.poll(() => status(page)).toMatch(/^Your drawing; the network answers 1\.$/);
    await context.close();
  });
});

describe("the playground's drawing", () => {
  it('a digit drawn on the playground pad is offered on the layer pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/playground/`);
    const pad = (await page.locator('#pad').boundingBox())!;
    await page.mouse.move(pad.x + pad.width / 2, pad.y + pad.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(pad.x + pad.width / 2, pad.y + pad.height * 0.8, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('lenet5.drawn-digit')?.length ?? 0))
      .toBeGreaterThan(1000);
    await reach(page, '/c1/');
    await page.locator(`${FIGURE} .compute-digit`).selectOption('drawing');
    await expect.poll(() => status(page)).toMatch(/^Your drawing; the network answers \d\.$/);
    await context.close();
  });
});

describe('bad data', () => {
  it('a truncated weights file is explained in the figure, and the page keeps working', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.route('**/data/guide-weights/paper.bin', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, 5000) });
    });
    await page.goto(`${BASE_URL}/c1/`);
    await page.locator(FIGURE).scrollIntoViewIfNeeded();
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toMatch(/^Loading the figure failed: The weights file .*; try again later\.$/);
    expect(await page.locator(`${FIGURE} .compute-stage`).isHidden()).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('C1');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('a missing weights file is explained, and switching to the other network still works', async () => {
    const page = await browser.newPage();
    await page.route('**/data/guide-weights/modern.bin', (route) => route.fulfill({ status: 404, body: '' }));
    await reach(page, '/c3/');
    await page.locator(`${FIGURE} .compute-model[value="modern"]`).check();
    await expect
      .poll(() => status(page))
      .toBe(
        "Loading the weights failed: The modern network's weights could not be downloaded: the server answered 404. The rest of the page works; try again later.",
      );
    await page.locator(`${FIGURE} .compute-model[value="paper"]`).check();
    await expect.poll(() => status(page)).toBe('Test digit 0, labelled 7; the network answers 7.');
    await page.close();
  });
});

describe('the figure on a phone', () => {
  it('at 390 px, drawn, it keeps the page from scrolling sideways and its controls at 24 px or more', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['/c3/', '/c5/', '/output/']) {
      await reach(page, path);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      const small = await page
        .locator(`${FIGURE} input, ${FIGURE} select, ${FIGURE} button`)
        .evaluateAll((controls) =>
          controls.map((control) => control.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24),
        );
      expect(small).toEqual([]);
    }
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the figure in the %s theme', (colorScheme) => {
  it('passes axe once drawn, on C3 and on the output page', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of ['/c3/', '/output/']) {
      await reach(page, path);
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
