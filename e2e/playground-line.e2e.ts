import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINE_LIMITS } from '../src/lib/sdnn/drawn-line.ts';
import { interpret } from '../src/lib/sdnn/transducer.ts';
import { realMnist } from '../src/lib/model/test-support.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { auditLayout } from './support/layout-audit.ts';
import { drawOnLinePad, strokeOnLinePad } from './support/line-pad.ts';
import { watchPage, type PageWatch } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const test = realMnist('test', 10);

/** The playground at the old strip's address: the section heading's anchor, which the guide links to. */
async function openLine(options: { width?: number; dark?: boolean } = {}): Promise<{ page: Page; watch: PageWatch }> {
  const { width = 1280, dark = false } = options;
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((theme) => localStorage.setItem('theme', theme), dark ? 'dark' : 'light');
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${BASE_URL}/playground/?seed=1#wide-heading`);
  return { page, watch };
}

const readings = (page: Page) =>
  page
    .locator('#line-figure')
    .getAttribute('data-readings')
    .then((value) => Number(value ?? 0));

/** Waits for the SDNN's next reading after `before` readings. */
async function nextReading(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (count) => Number(document.querySelector<HTMLElement>('#line-figure')!.dataset['readings'] ?? 0) > count,
    before,
    { timeout: 60_000 },
  );
}

/** What the page shows, with the transducer run here on the penalties the page drew. */
async function shown(page: Page) {
  const figure = page.locator('#line-figure');
  const penalties = JSON.parse((await figure.getAttribute('data-penalties'))!) as number[][];
  const answer = (await page.locator('#line-answer').textContent()) ?? '';
  const composed = /composed from ([\d ]+):/.exec(answer)?.[1];
  return {
    answer,
    reads: /The transducer reads ([\d ]+|nothing)\./.exec(answer)?.[1],
    transducer: interpret(penalties).labels.join(' ') || 'nothing',
    composed,
    positions: penalties.length,
  };
}

describe('the SDNN in the playground', () => {
  it("the old strip's address opens the section, and the SDNN reads a test string there", async () => {
    const { page, watch } = await openLine();
    await nextReading(page, 0);
    expect(await page.locator('#wide-heading').isVisible()).toBe(true);
    const { reads, transducer, composed } = await shown(page);
    expect(reads).toMatch(/^\d( \d)*$/);
    expect(reads).toBe(transducer);
    expect(composed).toMatch(/^\d( \d){4}$/);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('test strings: the page shows what the transducer reads, and it is the composed string most of the time', async () => {
    const { page } = await openLine();
    await nextReading(page, 0);
    let right = 0;
    const strings = 6;
    for (let i = 0; i < strings; i++) {
      const before = await readings(page);
      await page.click('#line-test');
      await nextReading(page, before);
      const { reads, transducer, composed } = await shown(page);
      expect(reads).toBe(transducer);
      if (reads === composed) right++;
    }
    expect(right).toBeGreaterThanOrEqual(strings / 2);
    await page.context().close();
  });

  it('drawing on the wide pad updates the reading; Clear says there is nothing to read', async () => {
    const { page } = await openLine();
    await nextReading(page, 0);
    await page.click('#line-clear');
    const before = await readings(page);
    // Test digits 0, 1 and 2 (a 7, a 2 and a 1), written side by side.
    await drawOnLinePad(
      page,
      [0, 1, 2].map((index) => test.images.subarray(index * 784, (index + 1) * 784)),
    );
    await nextReading(page, before);
    const drawn = await shown(page);
    expect(drawn.reads).toBe(drawn.transducer);
    expect(drawn.composed).toBeUndefined();
    expect(drawn.reads).toBe([0, 1, 2].map((index) => test.labels[index]).join(' '));
    await page.click('#line-clear');
    await expect.poll(() => page.locator('#line-message').textContent()).toContain('there is nothing to read');
    expect(await page.locator('#line-scroller').isHidden()).toBe(true);
    expect(await page.locator('#line-answer').textContent()).toBe('');
    await page.context().close();
  });

  it('a dash across the whole pad is refused with the limit; a scribble reads as blanks or digits, never NaN', async () => {
    const { page } = await openLine();
    await nextReading(page, 0);
    await page.click('#line-clear');
    await strokeOnLinePad(page, [
      [0.01, 0.5],
      [0.99, 0.5],
    ]);
    await expect
      .poll(() => page.locator('#line-message').textContent())
      .toContain(`at most ${LINE_LIMITS.columns} pixels`);
    await page.click('#line-clear');
    const before = await readings(page);
    await strokeOnLinePad(
      page,
      Array.from({ length: 30 }, (_, i) => [0.3 + (0.3 * i) / 29, i % 2 === 0 ? 0.1 : 0.9] as [number, number]),
    );
    await nextReading(page, before);
    const text = await page.locator('section[aria-labelledby="wide-heading"]').innerText();
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
    expect(text).toContain('The transducer reads');
    await page.context().close();
  });

  it('a field out of range gets its range, and the pad, the test strings and the drawing pad keep working', async () => {
    const { page } = await openLine();
    await nextReading(page, 0);
    await page.fill('#line-gap-max', '9');
    await page.fill('#line-noise', 'lots');
    await page.click('#line-test');
    const error = page.locator('#line-form-error');
    expect(await error.textContent()).toBe(
      'The noise "lots" is not a number: give a share of the pixels from 0 to 0.1.',
    );
    expect(await page.locator('#line-noise').getAttribute('aria-invalid')).toBe('true');
    // The wrong field takes focus, and its message is on screen beside it (on a phone it was once far above).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('line-noise');
    expect(await error.isVisible()).toBe(true);
    expect(
      await error.evaluate(
        (node) => node.getBoundingClientRect().top >= 0 && node.getBoundingClientRect().bottom <= innerHeight,
      ),
    ).toBe(true);
    await page.fill('#line-noise', '0');
    await page.press('#line-noise', 'Enter');
    expect(await error.textContent()).toBe('Gaps run from -4 to 8 whole pixels, the smaller first; got -1 to 9.');
    expect(await page.locator('#line-gap-max').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#line-noise').getAttribute('aria-invalid')).toBe('false');
    await page.fill('#line-gap-max', '8');
    const before = await readings(page);
    await page.press('#line-gap-max', 'Enter');
    await nextReading(page, before);
    expect(await error.textContent()).toBe('');
    await page.fill('#pad-index', '0');
    await page.press('#pad-index', 'Enter');
    await expect.poll(() => page.locator('#pad').getAttribute('data-answer'), { timeout: 30_000 }).toBe('7');
    await page.context().close();
  });

  it('the arrow keys move between positions and outline each window; pointing outlines one too', async () => {
    const { page } = await openLine();
    await nextReading(page, 0);
    const figure = page.locator('#line-figure');
    const { positions } = await shown(page);
    await page.focus('#line-figure');
    expect(await figure.getAttribute('data-active')).toBe('0');
    expect(await figure.getAttribute('aria-valuetext')).toMatch(/^Position 1 of \d+, window on columns 0 to 31:/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await figure.getAttribute('data-active')).toBe('3');
    expect(await figure.getAttribute('aria-valuenow')).toBe('4');
    expect(await figure.getAttribute('aria-valuetext')).toContain('window on columns 12 to 43');
    await page.keyboard.press('End');
    expect(await figure.getAttribute('aria-valuenow')).toBe(String(positions));
    await page.keyboard.press('ArrowRight');
    expect(await figure.getAttribute('aria-valuenow')).toBe(String(positions));
    await page.keyboard.press('Tab');
    expect(await figure.getAttribute('data-active')).toBeNull();
    const box = (await figure.boundingBox())!;
    // Position 2's window is centred at column 4 * 2 + 16 = 24, drawn 4 px a column.
    await page.mouse.move(box.x + 24 * 4, box.y + 20);
    expect(await figure.getAttribute('data-active')).toBe('2');
    await page.context().close();
  });

  it.each([
    [390, false],
    [390, true],
    [1280, true],
  ])('at %i px (dark: %s) the section passes axe and the page does not scroll sideways', async (width, dark) => {
    const { page } = await openLine({ width, dark });
    await nextReading(page, 0);
    await page.focus('#line-figure');
    expect(await axeViolations(page)).toEqual([]);
    const layout = await auditLayout(page);
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.uncuedScrollers).toEqual([]);
    expect(layout.smallTargets).toEqual([]);
    await page.context().close();
  });
});
