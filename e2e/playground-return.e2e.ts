/**
 * The playground as a newcomer meets it over several visits: a kept run that comes
 * back whole after a reload, a recipe that never pairs with a network it cannot
 * train, the answer beside a finger on a phone, Pause and Reset that keep the
 * reader's place, fields that say what is wrong as they are typed, and an F6 panel
 * that agrees with the answer. At 1280 and 390 px, light and dark, axe on each state.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realMnist } from '../src/lib/model/test-support.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { watchPage, type PageWatch } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';
import { drawDigit } from './support/pad.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const test = realMnist('test', 10);

interface Screen {
  readonly width: number;
  readonly height: number;
  readonly dark: boolean;
}
const DESKTOP: Screen = { width: 1280, height: 800, dark: false };
const PHONE_DARK: Screen = { width: 390, height: 844, dark: true };
const PHONE_LIGHT: Screen = { width: 390, height: 844, dark: false };

async function open(
  screen: Screen,
  query = '?seed=1',
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const phone = screen.width < 600;
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    colorScheme: screen.dark ? 'dark' : 'light',
    ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${BASE_URL}/playground/${query}`);
  return { context, page, watch };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const waitForText = (page: Page, selector: string, pattern: RegExp, timeout = 30_000) =>
  page.waitForFunction(
    ([selector, source]) => new RegExp(source!).test(document.querySelector(selector!)?.textContent ?? ''),
    [selector, pattern.source],
    { timeout },
  );

/** Whether the element's box lies wholly inside the viewport. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
  });

async function train(page: Page, epochs: string): Promise<void> {
  await page.fill('#train-epochs', epochs);
  await page.fill('#train-batch-size', '64');
  await page.click('#train-start');
  await page.waitForFunction(
    () => Number(document.querySelector('#train-batches')!.textContent.split(' ')[0]) > 0,
    null,
    {
      timeout: 60_000,
    },
  );
}

const pickTestDigit = async (page: Page, index: number) => {
  await page.fill('#pad-index', String(index));
  await page.press('#pad-index', 'Enter');
};

/** Everything the Train panel and the mistakes show of a run, to compare before and after a reload. */
const runShown = (page: Page) =>
  page.evaluate(() => ({
    accuracy: document.querySelector('#train-accuracy')!.textContent,
    batches: document.querySelector('#train-batches')!.textContent,
    backend: document.querySelector('#train-backend')!.textContent,
    loss: document.querySelector('#curve-loss path.curve-line')?.getAttribute('d'),
    tests: document.querySelector('#curve-accuracy path.curve-line')?.getAttribute('d'),
    confusion: Array.from(document.querySelectorAll('#confusion button'), (cell) => cell.getAttribute('aria-label')),
    gallery: document.querySelector('#gallery-note')!.textContent,
  }));

describe('a kept network after a reload (item 8)', () => {
  it.each([DESKTOP, PHONE_DARK])(
    'at $width px, dark $dark: the whole finished run comes back, and the kept network reads the pad',
    async (screen) => {
      const { context, page, watch } = await open(screen);
      await train(page, '0.1');
      await waitForText(page, '#train-state', /^Done in/, 120_000);
      await page.waitForFunction(() => document.querySelectorAll('#confusion button').length === 100);
      const before = await runShown(page);
      expect(before.loss).toMatch(/^M.+L/);
      await pickTestDigit(page, 3);
      await waitForText(page, '#live-answer', /^Answer: \d$/);
      const answerBefore = await text(page, '#live-answer');

      await page.reload();
      await waitForText(page, '#train-state', /^Done in .*kept in this browser/);
      await page.waitForFunction(() => document.querySelectorAll('#confusion button').length === 100);
      expect(await runShown(page)).toEqual(before);
      expect(await page.locator('#results').isVisible()).toBe(true);
      expect(await page.locator('#train-reset').isEnabled()).toBe(true);
      expect(await page.locator('#train-pause').isDisabled()).toBe(true);
      expect(await text(page, '#live-heading')).toBe('Your trained network');
      // The pad asks the kept network, rebuilt on the page, as it asked the one in training before the reload.
      await pickTestDigit(page, 3);
      await waitForText(page, '#live-answer', /^Answer: \d$/);
      expect(await text(page, '#live-answer')).toBe(answerBefore);
      expect(await page.locator('#live-scores li').count()).toBe(10);
      expect(await axeViolations(page)).toEqual([]);

      // Reset asks first, then clears the run for good; the network stays kept and still reads the pad.
      await page.click('#train-reset');
      expect(await text(page, '#train-reset')).toBe('Press again to discard');
      await page.click('#train-reset');
      expect(await page.locator('#results').isHidden()).toBe(true);
      await page.reload();
      await page.locator('#kept').waitFor({ state: 'visible' });
      await pickTestDigit(page, 3);
      await waitForText(page, '#live-answer', /^Answer: \d$/);
      expect(await text(page, '#train-state')).toMatch(/^Not started/);
      expect(await page.locator('#confusion button').count()).toBe(0);
      await page.click('#kept-discard');
      await page.locator('#kept').waitFor({ state: 'hidden' });
      await waitForText(page, '#live-answer', /^Train a model below/);
      expect(await text(page, '#live-heading')).toBe('Model in training');
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    240_000,
  );
});

describe("the paper's recipe and the network (item 9)", () => {
  it.each([DESKTOP, PHONE_DARK])(
    'at $width px, dark $dark: choosing the recipe chooses a network it trains, and offers only those',
    async (screen) => {
      const { context, page, watch } = await open(screen);
      expect(await page.inputValue('#train-network')).toBe('modern');
      await page.selectOption('#train-recipe', 'paper');
      expect(await page.inputValue('#train-network')).toBe('paper');
      expect(await text(page, '#train-recipe-note')).toMatch(
        /^The paper's recipe cannot train “LeNet-5, the modern port”, so the network is now “LeNet-5, the paper's \(1998\)”/,
      );
      const offered = await page
        .locator('#train-network option:not([disabled])')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(offered).toEqual(['paper']);
      // The pad follows the network chosen for it.
      await pickTestDigit(page, 0);
      await waitForText(page, '#runtime-status', /pretrained paper model/);
      expect(await axeViolations(page)).toEqual([]);
      // Train is one click from training, not from failing.
      await page.click('#train-start');
      await waitForText(page, '#train-backend', /by the paper's recipe/, 60_000);
      expect(await page.locator('#train-alert').isHidden()).toBe(true);
      // Once the run has counted digits, Reset asks before it discards them.
      await waitForText(page, '#train-batches', /^[1-9]/, 60_000);
      await page.click('#train-reset');
      await page.click('#train-reset');
      await waitForText(page, '#train-tensors', /after reset/);
      // Adam brings back its own network, which the paper's recipe had to change.
      await page.selectOption('#train-recipe', 'adam');
      expect(await page.inputValue('#train-network')).toBe('modern');
      expect(await page.locator('#train-network option[disabled]').count()).toBe(0);
      await page.selectOption('#train-network', 'lenet1');
      expect(await page.inputValue('#train-network')).toBe('lenet1');
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('the answer beside a finger on a phone (item 10)', () => {
  it.each([PHONE_LIGHT, PHONE_DARK])(
    'at $width px, dark $dark: while a 7 is drawn the whole pad and the top answer are on screen together',
    async (screen) => {
      const { context, page, watch } = await open(screen);
      // As the page opens, the pad is on screen: the reader draws there.
      expect(await onScreen(page, '#pad')).toBe(true);
      const scrolled = () => page.evaluate(() => window.scrollY);
      const before = await scrolled();
      await drawDigit(page, test.images.subarray(0, 784));
      await waitForText(page, '#pretrained-answer', /^Answer: 7$/);
      // The page never moves under the finger: the answer comes to the pad instead.
      expect(await scrolled()).toBe(before);
      expect(await onScreen(page, '#pad')).toBe(true);
      expect(await text(page, '#pad-badge')).toBe('Answer: 7');
      expect(await onScreen(page, '#pad-badge')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // With the pad at the top of the screen the answer is there too.
      await page.click('#pad-clear');
      await page.locator('#pad').evaluate((pad) => pad.scrollIntoView({ block: 'start' }));
      await drawDigit(page, test.images.subarray(784, 1568));
      await waitForText(page, '#pretrained-answer', new RegExp(`^Answer: ${test.labels[1]}$`));
      expect(await onScreen(page, '#pad')).toBe(true);
      expect(await text(page, '#pad-badge')).toBe(`Answer: ${test.labels[1]}`);
      expect(await onScreen(page, '#pad-badge')).toBe(true);
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('Pause, Reset and the focus (item 11)', () => {
  it.each([DESKTOP, PHONE_DARK])(
    'at $width px, dark $dark: a paused run stops its clock, Reset asks before it discards a run, and focus stays on the buttons',
    async (screen) => {
      const { context, page, watch } = await open(screen);
      await train(page, '1');
      await waitForText(page, '#train-time-left', /^About .+ left\.$/);
      await page.click('#train-pause');
      await waitForText(page, '#train-state', /^Paused\.$/);
      expect(await text(page, '#train-time-left')).toMatch(/^Paused with about .+ of training left; press Resume/);
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#train-pause');
      await waitForText(page, '#train-time-left', /^About .+ left\.$/);

      // One press of Reset during a run only asks; the run goes on.
      await page.click('#train-reset');
      expect(await text(page, '#train-reset')).toBe('Press again to discard');
      expect(await text(page, '#train-confirm')).toMatch(
        /^Reset stops this run .* Press it again within 8 seconds to do it\.$/,
      );
      const batches = Number((await text(page, '#train-batches')).split(' ')[0]!.replace(/,/g, ''));
      await page.waitForFunction(
        (before) =>
          Number(document.querySelector('#train-batches')!.textContent.split(' ')[0]!.replace(/,/g, '')) > before,
        batches,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#train-reset');
      await waitForText(page, '#train-state', /^Reset:/);
      expect(await page.locator('#train-reset').isDisabled()).toBe(true);
      expect(await focusedId(page)).toBe('train-start');

      // By keyboard: Train hands focus to Pause, and the run's end hands it back to Train.
      await page.fill('#train-epochs', '0.1');
      await page.focus('#train-start');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('train-pause');
      await waitForText(page, '#train-state', /^Done in/, 120_000);
      expect(await focusedId(page)).toBe('train-start');
      await page.focus('#train-reset');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await waitForText(page, '#train-state', /^Reset:/);
      expect(await focusedId(page)).toBe('train-start');
      expect(watch.errors).toEqual([]);
      await page.click('#kept-discard');
      await context.close();
    },
    240_000,
  );
});

describe('training fields checked as they are typed (item 12)', () => {
  const cases = [
    ['#train-epochs', '0', 'Epochs must be a number from 0.1 to 20; got "0".'],
    // A value ending in a dot is quoted, not followed by a second full stop.
    ['#train-epochs', '0.', 'Epochs must be a number from 0.1 to 20; got "0.".'],
    ['#train-epochs', 'abc', 'Epochs must be a number from 0.1 to 20; "abc" is not a number.'],
    ['#train-epochs', '1e9', 'Epochs must be a number from 0.1 to 20; got "1e9".'],
    ['#train-batch-size', '-1', 'Batch size must be a whole number from 8 to 512; got "-1".'],
    ['#train-learning-rate', '', 'Learning rate is empty: give a number from 0.00001 to 0.1.'],
  ] as const;

  it.each([DESKTOP, PHONE_DARK])(
    'at $width px, dark $dark: each wrong value marks its field and says what it takes, before Train, until it is fixed',
    async (screen) => {
      const { context, page, watch } = await open(screen);
      for (const [selector, value, message] of cases) {
        const original = await page.inputValue(selector);
        // Typing, then a pause: the field is marked without Train being pressed.
        await page.fill(selector, value);
        await waitForText(page, `${selector}-error`, new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(await page.getAttribute(selector, 'aria-invalid')).toBe('true');
        expect(await page.locator(`${selector}-error`).isVisible()).toBe(true);
        expect(await page.locator('#train-alert').isHidden()).toBe(true);
        // The mark can be seen, not only heard.
        expect(await page.locator(selector).evaluate((input) => getComputedStyle(input).outlineStyle)).toBe('solid');
        expect(await axeViolations(page)).toEqual([]);
        // Train says so too, and puts the reader in the field.
        await page.click('#train-start');
        expect(await text(page, '#train-alert-text')).toContain(message);
        expect(await focusedId(page)).toBe(selector.slice(1));
        // Fixed: the mark, the message and the alert go at once.
        await page.fill(selector, original);
        expect(await page.getAttribute(selector, 'aria-invalid')).toBe('false');
        expect(await text(page, `${selector}-error`)).toBe('');
        expect(await page.locator('#train-alert').isHidden()).toBe(true);
      }
      // Leaving a field checks it at once.
      await page.fill('#train-epochs', '25');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('train-batch-size');
      expect(await page.getAttribute('#train-epochs', 'aria-invalid')).toBe('true');
      expect(await text(page, '#train-epochs-error')).toBe('Epochs must be a number from 0.1 to 20; got "25".');
      expect(await page.locator('#train-pause').isDisabled()).toBe(true);
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('F6 beside what it feeds (item 13)', () => {
  it('a 7 read by the modern port shows its logits, largest for 7; the paper network shows prototype 7', async () => {
    const { context, page, watch } = await open(DESKTOP);
    await drawDigit(page, test.images.subarray(0, 784));
    await waitForText(page, '#pretrained-answer', /^Answer: 7$/);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#f6-compare')!.dataset['digit'] === '7');
    expect(await page.locator('#f6-logits-figure').isVisible()).toBe(true);
    expect(await page.locator('#f6-prototype-figure').isHidden()).toBe(true);
    expect(await page.locator('#f6-logits li').count()).toBe(10);
    expect(await text(page, '#f6-logits li.best .score-digit')).toBe('7');
    const panel = await page.locator('#f6-compare').evaluate((element) => element.parentElement!.innerText);
    expect(panel).not.toMatch(/nearest prototype|closest prototype/i);
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('#train-network', 'paper');
    await waitForText(page, '#runtime-status', /pretrained paper model/);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#f6-prototype-figure')!.hidden);
    expect(await text(page, '#pretrained-answer')).toBe('Answer: 7');
    expect(await text(page, '#f6-prototype-caption')).toBe('The closest prototype: 7');
    expect(await page.locator('#f6-logits-figure').isHidden()).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 60_000);
});
