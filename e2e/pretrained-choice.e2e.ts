/**
 * The paper network ships two sets of weights (trained with shifts, trained with
 * distortions). Each place that uses shipped weights lets the reader choose, and
 * what it shows follows the choice through a sequence of changes.
 */
import { readFileSync } from 'node:fs';
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

const waitForText = (page: Page, selector: string, pattern: RegExp, timeout = 30_000) =>
  page.waitForFunction(
    ([selector, source]) => new RegExp(source!).test(document.querySelector(selector!)?.textContent ?? ''),
    [selector, pattern.source],
    { timeout },
  );

describe("the playground's pad", () => {
  it('reads with the weights chosen, and follows the training form to the other preset and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${BASE_URL}/playground/?seed=1`);
    await page.fill('#pad-index', '0');
    await page.press('#pad-index', 'Enter');
    await waitForText(page, '#runtime-status', /pretrained modern model, /);
    await page.selectOption('#pretrained-weights', 'paper-distorted');
    await waitForText(
      page,
      '#runtime-status',
      /pretrained paper model trained with distortions, \d\.\d\d% test error\.$/,
    );
    await waitForText(page, '#pretrained-answer', /7/);
    // The training form's network is already that preset: the chosen weights stay.
    await page.selectOption('#train-network', 'paper');
    expect(await page.inputValue('#pretrained-weights')).toBe('paper-distorted');
    await page.selectOption('#train-network', 'modern');
    expect(await page.inputValue('#pretrained-weights')).toBe('modern');
    await waitForText(page, '#runtime-status', /pretrained modern model, /);
    await page.selectOption('#train-network', 'paper');
    expect(await page.inputValue('#pretrained-weights')).toBe('paper');
    await waitForText(page, '#runtime-status', /pretrained paper model, /);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe("the explorer's PyTorch download", () => {
  it("offers both sets of the paper network's weights and downloads the one chosen; one set, no choice", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/explorer/?input=36`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    expect(await page.locator('#explorer-weights-model').isVisible()).toBe(true);
    const files: Buffer[] = [];
    for (const model of ['paper', 'paper-distorted']) {
      await page.selectOption('#explorer-weights-model', model);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#explorer-weights')]);
      files.push(readFileSync(await download.path()));
    }
    expect(files[0]!.subarray(0, 2).toString()).toBe('PK');
    expect(files[1]!.length).toBe(files[0]!.length);
    expect(files[1]!.equals(files[0]!)).toBe(false);
    await waitForText(page, '#explorer-weights-status', /paper preset, trained with distortions/);
    await page.goto(`${BASE_URL}/explorer/?variant=modern`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    expect(await page.locator('#explorer-weights-model').isVisible()).toBe(false);
    expect(await page.locator('#explorer-weights').isDisabled()).toBe(false);
    await context.close();
  });
});

describe('the "see it compute" figure', () => {
  it('runs the weights trained with distortions when chosen, and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/c1/`);
    const figure = page.locator('[data-compute]');
    await figure.scrollIntoViewIfNeeded();
    await page.locator('[data-compute] .compute-sentence').waitFor({ timeout: 20_000 });
    const before = await page.locator('[data-compute] .compute-sentence').textContent();
    await page.locator('[data-compute] .compute-model[value="paper-distorted"]').check();
    await expect.poll(() => page.locator('[data-compute] .compute-sentence').textContent()).not.toBe(before);
    await expect
      .poll(() => page.locator('[data-compute] .compute-status').textContent())
      .toBe('Test digit 0, labelled 7; the network answers 7.');
    await page.locator('[data-compute] .compute-model[value="paper"]').check();
    await expect.poll(() => page.locator('[data-compute] .compute-sentence').textContent()).toBe(before);
    await page.close();
  });
});
