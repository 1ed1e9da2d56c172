import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolders } from '../scripts/support/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { DIST } from './support/dist.ts';

// The built site as a plain static host serves it: no COOP or COEP, so the page is not
// cross-origin isolated, and (service workers blocked) none adds them: a first visit.
const PORT = 4339;
const SITE = `http://127.0.0.1:${PORT}`;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolders({ '/': DIST }, PORT, { isolated: false });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .textContent()
    .then((value) => value ?? '');

/** Every accuracy the curve's label has said, in order: the quick tests' and the full test's. */
const recordAccuracies = (page: Page) =>
  page.evaluate(() => {
    const curve = document.querySelector('#curve-accuracy')!;
    const seen: string[] = [];
    (window as unknown as { accuracies: string[] }).accuracies = seen;
    new MutationObserver(() => {
      const label = curve.getAttribute('aria-label') ?? '';
      if (label !== seen.at(-1)) seen.push(label);
    }).observe(curve, { attributes: true, attributeFilter: ['aria-label'] });
  });

describe('the playground on a host that sends no COOP or COEP', () => {
  it('trains on the lane engine on one thread, says why, and its test accuracy rises', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${SITE}/playground/?seed=1`);
    expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await recordAccuracies(page);
    await page.fill('#train-epochs', '0.2');
    await page.fill('#train-batch-size', '64');
    await page.click('#train-start');
    // The confusion matrix comes with the full test at the end of the run.
    await page.waitForFunction(() => document.querySelectorAll('#confusion button').length === 100, null, {
      timeout: 240_000,
    });
    const isolation =
      cores > 1
        ? ". This page is not cross-origin isolated, and no service worker of the site's runs here to make it so (a private window, a file: address or a browser setting); served with COOP and COEP headers it trains on 2 threads, faster."
        : '';
    expect(await text(page, '#train-backend')).toBe(
      `Training on your CPU with WebAssembly SIMD, four digits at a time, 1 thread${isolation}`,
    );
    expect(await text(page, '#train-measured')).toBe('lanes; 1 thread(s); tfjs was not needed.');
    const labels = await page.evaluate(() => (window as unknown as { accuracies: string[] }).accuracies);
    // Before the first test the label says there is no data yet.
    const accuracies = labels.flatMap((label) => /: (\d+)%/.exec(label)?.[1] ?? []).map(Number);
    // Quick tests along the way, then the full test: from the first to the last, the network learned.
    expect(accuracies.length).toBeGreaterThanOrEqual(2);
    expect(accuracies.at(-1)!).toBeGreaterThan(accuracies[0]!);
    expect(Number(/([\d.]+)%/.exec(await text(page, '#train-accuracy'))![1])).toBeGreaterThan(80);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
