import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolders } from '../scripts/support/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { trainBriefly } from './support/train.ts';
import { DIST } from './support/dist.ts';
import { builtPages } from './support/pages.ts';
import { acceptSecondRelease, publishSecondRelease } from './support/second-release.ts';

// A copy of the built site on a server of its own, which the test can switch off and republish.
const PORT = 4341;
const SITE = `http://127.0.0.1:${PORT}`;
const copy = mkdtempSync(join(tmpdir(), 'lenet5-offline-'));
let server: Server | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function serverOn(): Promise<void> {
  server = await serveFolders({ '/': copy }, PORT);
}
async function serverOff(): Promise<void> {
  const running = server;
  if (!running) return;
  server = undefined;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
}
const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);

beforeAll(async () => {
  cpSync(DIST, copy, { recursive: true });
  await serverOn();
  browser = await launchBrowser();
  context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await serverOff();
  rmSync(copy, { recursive: true, force: true });
});

// The steps share one browser context, as one reader's visits do, and run in order.
describe('the site offline, after a first visit', () => {
  it('a first visit installs the service worker, which stores the release', async () => {
    await page.goto(`${SITE}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    expect(await controlled()).toBe(true);
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const release = await caches.open(names.find((name) => /^lenet5-[0-9a-f]+$/.test(name))!);
      return (await release.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(stored).toEqual(
      expect.arrayContaining(['/', '/playground/', '/models/paper/weights.bin', '/workers/training-worker.js']),
    );
    expect(stored.some((path) => path.startsWith('/data/'))).toBe(false);
  });

  it('the training digits are stored the first time the playground trains', async () => {
    await page.goto(`${SITE}/playground/?seed=1`);
    await trainBriefly(page);
    const data = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('lenet5-data-'))!;
      return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname).sort();
    });
    expect(data).toEqual([
      '/data/test-images.idx.gzip',
      '/data/test-labels.idx.gzip',
      '/data/train-images.idx.gzip',
      '/data/train-labels.idx.gzip',
    ]);
  }, 150_000);

  it("a figure's weights and digits are stored the first time a reader reaches it", async () => {
    await page.goto(`${SITE}/c3/`);
    await page.locator('[data-compute]').scrollIntoViewIfNeeded();
    await page.locator('[data-compute] .compute-sentence').waitFor({ timeout: 20_000 });
    const data = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('lenet5-data-'))!;
      return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    });
    expect(data).toEqual(expect.arrayContaining(['/data/guide-digits.bin', '/data/guide-weights/paper.bin']));
  });

  it("with the server off, a layer page's figure still computes", async () => {
    await serverOff();
    await page.goto(`${SITE}/c3/`);
    await page.locator('[data-compute]').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('[data-compute] .compute-status').textContent(), { timeout: 20_000 })
      .toBe('Test digit 0, labelled 7; the network answers 7.');
  });

  it.each(builtPages())('with the server off, %s still opens', async (path) => {
    await serverOff();
    const response = await page.goto(SITE + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('with the server off, search still finds pages', async () => {
    await serverOff();
    await page.goto(`${SITE}/search/?q=subsampling`);
    await page.locator('#search a[href="/s2/"]').first().waitFor();
  });

  it('with the server off, the playground loads its pretrained model and trains from scratch', async () => {
    await serverOff();
    await page.goto(`${SITE}/playground/?seed=1`);
    // The network loads once the reader scrolls past the pad to the figures that need it.
    await page.locator('#inside-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#runtime-status')!.textContent.includes('ready'));
    expect(await trainBriefly(page)).toBeGreaterThan(80);
  }, 150_000);

  it('a new release is offered, replaces the stored one when accepted, and leaves no old cache', async () => {
    publishSecondRelease(copy);
    await serverOn();
    // The open page keeps the release it was loaded from until the reader accepts the new one.
    const update = await acceptSecondRelease(page, `${SITE}/`);
    expect(update.showsNewRelease).toEqual({ before: false, after: true });
    expect(update.releases.after).toHaveLength(1);
    expect(update.releases.after).not.toEqual(update.releases.before);
    const { before, after } = update.caches;
    // The digits are the same in both releases, so they stay stored.
    expect(after.filter((name) => name.startsWith('lenet5-data-'))).toEqual(
      before.filter((name) => name.startsWith('lenet5-data-')),
    );
  });
});
