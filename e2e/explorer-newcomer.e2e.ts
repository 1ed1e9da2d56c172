import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { rowCells, settleField } from './support/explorer-table.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const THEMES = ['light', 'dark'] as const;

/** A page that records every address the explorer writes into history, pushed or replaced. */
async function openExplorer(query = '', options: { width?: number; theme?: 'light' | 'dark' } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const page = await browser.newPage({
    viewport: { width, height: width > 600 ? 800 : 844 },
    colorScheme: options.theme ?? 'light',
    hasTouch: width < 600,
  });
  await page.addInitScript(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data, unused, url) => {
        written.push(String(url));
        original(data, unused, url);
      };
    }
  });
  await page.goto(`${BASE_URL}/explorer/${query}`);
  await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
  return page;
}

const written = (page: Page) => page.evaluate(() => (window as unknown as { written: string[] }).written);
const search = (page: Page) => new URL(page.url()).search;

describe('the explorer shows exactly the network in its fields (item 1)', () => {
  it("at ?input=36, pressing 28: C3's line, its row and the summary all describe 28x28; Back and Forward swap them whole", async () => {
    const page = await openExplorer('?input=36');
    const line = page.locator('#explorer-tables p[aria-live]');
    expect(await line.textContent()).toContain('218,304 connections; the network: 60,000 trainable parameters');
    await page.click('button[data-size="28"]');
    // Worked by hand at 28x28: C3 is 16x8x8, so 64 positions of 1,516 links each, 97,024 connections; C5 cannot fit.
    expect(await line.textContent()).toBe('C3: 60 of 96 links, 1,516 parameters, 97,024 connections.');
    expect((await rowCells(page, 'C3'))[2]).toBe('97,024');
    expect(await page.textContent('#explorer-totals')).toContain('Up to S4: 1,716 trainable parameters');
    await settleField(page, '#explorer-height', '64');
    expect(search(page)).toBe('?input=64x28');
    const at64 = await line.textContent();
    expect(at64).toContain(`${(await rowCells(page, 'C3'))[2]} connections`);
    await page.goBack();
    expect(await line.textContent()).toBe('C3: 60 of 96 links, 1,516 parameters, 97,024 connections.');
    await page.goForward();
    expect(await line.textContent()).toBe(at64);
    await page.close();
  });
});

describe('a value a field refuses never changes the network (item 2)', () => {
  it.each([
    ['#explorer-height', '513', 'at most 512'],
    ['#explorer-height', '1e9', 'at most 512'],
    ['#explorer-width', '2.5', 'whole number'],
    ['#explorer-width', '', 'The width is empty'],
  ])(
    '%s set to "%s" is marked, says "%s", and leaves the network and the address; fixing it clears both',
    async (field, value, says) => {
      const page = await openExplorer('?input=36');
      await settleField(page, field, value);
      expect(await page.getAttribute(field, 'aria-invalid')).toBe('true');
      expect(await page.textContent('#explorer-size-error')).toContain(says);
      expect(await page.locator('#explorer-size-error').isVisible()).toBe(true);
      expect(search(page)).toBe('?input=36');
      expect((await rowCells(page, 'C5'))[0]).toBe('120x2x2');
      expect(await page.inputValue('#explorer-height-range')).toBe('36');
      expect(await written(page)).toEqual([]);
      await settleField(page, field, '40');
      expect(await page.getAttribute(field, 'aria-invalid')).toBeNull();
      expect(await page.locator('#explorer-size-error').isHidden()).toBe(true);
      expect(search(page)).toMatch(/input=(40x36|36x40)/);
      await page.close();
    },
  );

  it('typing 5, 51, 513 key by key never passes through 5x32 or 51x32', async () => {
    const page = await openExplorer();
    await page.fill('#explorer-height', '');
    await page.locator('#explorer-height').pressSequentially('513', { delay: 80 });
    await page.waitForTimeout(1200);
    expect(await written(page)).toEqual([]);
    expect((await rowCells(page, 'C5'))[0]).toBe('120x1x1');
    expect(await page.getAttribute('#explorer-height', 'aria-invalid')).toBe('true');
    await page.press('#explorer-height', 'Backspace');
    await page.waitForTimeout(1200);
    // "51" is settled by the pause: one entry, as typed.
    expect(await written(page)).toEqual(['?input=51x32']);
    expect(await page.getAttribute('#explorer-height', 'aria-invalid')).toBeNull();
    await page.close();
  });

  it("C3's maps set to 1e9 marks the field and leaves C3 with 16 maps and the address as it was", async () => {
    const page = await openExplorer();
    await settleField(page, '#edit-3-maps', '1e9');
    expect(await page.getAttribute('#edit-3-maps', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#edit-3-error')).toContain('Maps takes a whole number from 1 to 1024');
    expect((await rowCells(page, 'C3'))[0]).toBe('16x10x10');
    expect(await written(page)).toEqual([]);
    await settleField(page, '#edit-3-maps', '12');
    expect(await page.locator('#edit-3-error').isHidden()).toBe(true);
    expect((await rowCells(page, 'C3'))[0]).toBe('12x10x10');
    await page.close();
  });
});

describe('history: one entry per settled change, and Back restores exactly the one before (item 3)', () => {
  it('Home, Explorer, two edits, Back, Back lands on the unedited explorer, not on Home', async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/`);
    await page.click('header a[href="/explorer/"]');
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    await settleField(page, '#edit-1-maps', '8');
    await settleField(page, '#edit-3-maps', '20');
    expect((await rowCells(page, 'C3'))[0]).toBe('20x10x10');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#edit-3-maps') instanceof HTMLInputElement);
    expect((await rowCells(page, 'C1'))[0]).toBe('8x28x28');
    expect((await rowCells(page, 'C3'))[0]).toBe('16x10x10');
    expect(await page.inputValue('#edit-3-maps')).toBe('16');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/explorer/');
    expect(search(page)).toBe('');
    expect((await rowCells(page, 'C1'))[0]).toBe('6x28x28');
    await page.close();
  });

  it('36, then height 40, then C1 with 8 maps: Back gives 40x36, then 36x36', async () => {
    const page = await openExplorer('?input=36');
    await settleField(page, '#explorer-height', '40');
    await settleField(page, '#edit-1-maps', '8');
    await page.goBack();
    expect(search(page)).toBe('?input=40x36');
    expect(await page.inputValue('#explorer-height')).toBe('40');
    expect((await rowCells(page, 'C1'))[0]).toBe('6x36x32');
    await page.goBack();
    expect(search(page)).toBe('?input=36');
    expect((await rowCells(page, 'C1'))[0]).toBe('6x32x32');
    await page.close();
  });

  it('a drag of the slider, or a pause and more typing in one field, is one entry', async () => {
    const page = await openExplorer();
    const before = await page.evaluate(() => history.length);
    const box = (await page.locator('#explorer-width-range').boundingBox())!;
    const y = box.y + box.height / 2;
    const thumb = box.x + (box.width * 31) / 511;
    await page.mouse.move(thumb, y);
    await page.mouse.down();
    for (const step of [1, 2, 3, 4]) await page.mouse.move(thumb + step * 3, y, { steps: 2 });
    await page.mouse.up();
    const dragged = search(page);
    expect(dragged).toMatch(/^\?input=32x\d+$/);
    expect(dragged).not.toBe('?input=32x32');
    expect((await written(page)).length).toBeGreaterThan(1);
    await page.fill('#explorer-height', '44');
    await page.waitForTimeout(1000);
    await page.fill('#explorer-height', '48');
    await page.press('#explorer-height', 'Enter');
    expect(search(page)).toBe(`?input=48x${dragged.split('x')[1]}`);
    expect(await page.evaluate(() => history.length)).toBe(before + 2);
    await page.goBack();
    expect(search(page)).toBe(dragged);
    await page.goBack();
    expect(search(page)).toBe('');
    await page.close();
  });
});

describe('focus after adding or removing a layer (item 4)', () => {
  it('Add after C1 focuses the new layer’s first field; Remove focuses the layer after the removed one', async () => {
    const page = await openExplorer();
    await page.selectOption('#edit-1-add-kind', 'convolution');
    await page.focus('#explorer-layers fieldset >> nth=1 >> text=Add after C1');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    expect(await focused()).toBe('edit-2-name');
    expect(await page.locator('#explorer-layers fieldset').count()).toBe(9);
    await page.focus('text=Remove S2');
    await page.keyboard.press('Enter');
    expect(await page.locator('#explorer-layers fieldset >> nth=3 >> legend').textContent()).toContain('C3');
    expect(await focused()).toBe('edit-3-name');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a network that cannot be computed (items 5 and 6)', () => {
  it.each(THEMES)(
    'at 28x28 (%s): the failure is said once, in C5’s row, and Train is off with the reason',
    async (theme) => {
      const page = await openExplorer('?input=28', { theme });
      const message = 'C5 needs at least 5x5 input but gets 4x4';
      const text = await page.locator('main').innerText();
      expect(text.split(message).length - 1).toBe(1);
      expect(await page.textContent('#explorer-table tr.failed')).toContain(message);
      expect(await page.locator('#explorer-alert').isHidden()).toBe(true);
      const link = page.locator('#explorer-train-link');
      expect(await link.getAttribute('aria-disabled')).toBe('true');
      expect(await link.getAttribute('href')).toBeNull();
      expect(await page.textContent('#explorer-train-reason')).toContain('stops at C5');
      await link.click();
      expect(new URL(page.url()).pathname).toBe('/explorer/');
      expect(await axeViolations(page)).toEqual([]);
      await page.click('button[data-size="32"]');
      expect(await link.getAttribute('href')).toBe('/playground/');
      expect(await page.locator('#explorer-train-reason').isHidden()).toBe(true);
      await page.close();
    },
  );
});

describe('words (item 7)', () => {
  it("LeNet-1's weights are named by the registry's label", async () => {
    const page = await openExplorer('?network=lenet1');
    expect(await page.textContent('#explorer-weights-status')).toContain('LeNet-1 (1989)');
    expect(await page.textContent('#explorer-weights-status')).not.toContain('lenet1');
    await page.close();
  });

  it('after removing S4 the sentence names the layers that run at every position, and never says parameters "stay"', async () => {
    const page = await openExplorer();
    await page.click('text=Remove S4');
    const sentence = await page.textContent('#explorer-sentence');
    expect(sentence).toContain('36 positions');
    expect(sentence).not.toContain('stay');
    expect(sentence).toContain('F6 and Output run at each of its 36 positions');
    await page.close();
  });
});

/** The contrast of two sRGB colours, as WCAG defines it. */
function contrast(a: number[], b: number[]): number {
  const luminance = ([r, g, bl]: number[]) =>
    [r!, g!, bl!]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('the explorer on a phone (item 19)', () => {
  it.each(THEMES)(
    'at 390 px (%s): the bars fit with every label, the counts show without scrolling, the scroll cue shows',
    async (theme) => {
      const page = await openExplorer('?input=36', { width: 390, theme });
      for (const id of ['#breakdown-parameters', '#breakdown-connections']) {
        const fits = await page.$eval(id, (svg) => {
          const box = svg.parentElement!;
          const within = [...svg.querySelectorAll('text')].every(
            (text) => text.getBoundingClientRect().right <= box.getBoundingClientRect().right + 0.5,
          );
          return { overflow: box.scrollWidth - box.clientWidth, within, labels: svg.querySelectorAll('text').length };
        });
        expect(fits.overflow, id).toBeLessThanOrEqual(1);
        expect(fits.within, id).toBe(true);
        expect(fits.labels, id).toBeGreaterThan(10);
      }
      const heads = await page.$$eval('#explorer-table thead th', (cells) =>
        cells.map((cell) => ({ text: cell.textContent.trim(), right: cell.getBoundingClientRect().right })),
      );
      const scroller = await page.$eval(
        '#explorer-table',
        (table) => table.closest('.table-scroll')!.getBoundingClientRect().right,
      );
      for (const name of ['Parameters', 'Connections'])
        expect(heads.find((head) => head.text === name)!.right, name).toBeLessThanOrEqual(scroller + 0.5);
      const cue = await page.$eval('#explorer-table', (table) => {
        const scroller = table.closest('.table-scroll')!;
        const style = getComputedStyle(scroller);
        return { image: style.backgroundImage, page: getComputedStyle(document.body).backgroundColor };
      });
      const colours = [...cue.image.matchAll(/rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/g)].map((m) =>
        m.slice(1).map(Number),
      );
      const background = cue.page.match(/\d+/g)!.map(Number);
      // The strongest colour of the cue, laid over the page, stands out from it.
      const strongest = Math.max(
        ...colours.map(([r, g, b, a]) =>
          contrast(
            [r!, g!, b!].map((c, i) => c * a! + background[i]! * (1 - a!)),
            background,
          ),
        ),
      );
      expect(strongest).toBeGreaterThanOrEqual(1.6);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
