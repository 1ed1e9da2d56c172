import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realMnist } from '../src/lib/model/test-support.ts';
import { launchBrowser } from './support/browser.ts';
import { trainBriefly } from './support/train.ts';
import { rowCells, settleField } from './support/explorer-table.ts';
import { drawDigit } from './support/pad.ts';
import { builtPages } from './support/pages.ts';
import { servePython } from './support/python-server.ts';
import { acceptSecondRelease, publishSecondRelease } from './support/second-release.ts';
import { settled } from './support/settled.ts';

/**
 * The README's "any static server" steps, as a reader follows them: the site built
 * for /lenet5/ (npm run build:subpath) in a folder named lenet5, served by Python's
 * http.server, which sends no COOP, COEP or _headers.
 */
const BASE = '/lenet5/';
const BUILT = join(import.meta.dirname, '..', 'dist-subpath');
const PORT = 4337;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = ORIGIN + BASE.slice(0, -1);

function checkBuilt(): void {
  const home = join(BUILT, 'index.html');
  if (!existsSync(home)) throw new Error(`${BUILT} is missing: run "npm run build:subpath" (npm run test:e2e does).`);
  if (!readFileSync(home, 'utf8').includes(`href="${BASE}`)) {
    throw new Error(`${BUILT} was not built for ${BASE}: run "npm run build:subpath" again.`);
  }
}
checkBuilt();

// A copy, not a link: the last test publishes a second release into it.
const site = mkdtempSync(join(tmpdir(), 'lenet5-subpath-'));
const published = join(site, BASE.slice(1, -1));
let stopServer: (() => Promise<void>) | undefined;
let browser: Browser;

beforeAll(async () => {
  cpSync(BUILT, published, { recursive: true });
  stopServer = await servePython(site, PORT);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stopServer?.();
  rmSync(site, { recursive: true, force: true });
});

interface SiteWatch {
  /** Requests that failed, or that the server answered with an error. */
  readonly failed: string[];
  /** Requests anywhere but under the base on the site's own origin: another origin, or the same one outside /lenet5/. */
  readonly outside: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

function watchSite(page: Page): SiteWatch {
  const watch: SiteWatch = { failed: [], outside: [], errors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return;
    if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) watch.outside.push(request.url());
  });
  page.on('requestfailed', (request) => watch.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  return watch;
}

async function openPage(path: string, context?: BrowserContext): Promise<{ page: Page; watch: SiteWatch }> {
  const page = context ? await context.newPage() : await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch = watchSite(page);
  const response = await page.goto(SITE + path);
  expect(response?.status()).toBe(200);
  return { page, watch };
}

function expectClean(watch: SiteWatch): void {
  expect(watch.failed).toEqual([]);
  expect(watch.outside).toEqual([]);
  expect(watch.errors).toEqual([]);
}

const siteLinks = (page: Page) =>
  page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    .then((hrefs) => hrefs.filter((href) => !href.startsWith('//')));

describe('the site built for /lenet5/ on a server that sends no headers', () => {
  it('the server is the plain one the README names: no isolation headers, so the page is not isolated', async () => {
    const response = await fetch(`${SITE}/`);
    expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(response.headers.get('cross-origin-embedder-policy')).toBeNull();
    const { page } = await openPage('/');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await page.close();
  });

  const pages = builtPages(BUILT);
  it('built every page of the root build', () => {
    expect(pages).toEqual(builtPages());
  });

  it.each([...pages, '/404.html'])(
    '%s opens with no failed request, none outside /lenet5/, and links only under it',
    async (path) => {
      const { page, watch } = await openPage(path);
      await settled(page);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count()).toBe(1);
      const links = await siteLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
      expectClean(watch);
      await page.close();
    },
  );
});

describe('search under /lenet5/', () => {
  it('the header search box finds the subsampling page, linked under /lenet5/', async () => {
    const { page, watch } = await openPage('/c1/');
    await page.fill('#site-search', 'subsampling');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${SITE}/search/?q=subsampling`);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain(`${BASE}s2/`);
    expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
    await Promise.all([page.waitForURL(`${SITE}/s2/`), page.locator(`a[href="${BASE}s2/"]`).first().click()]);
    expectClean(watch);
    await page.close();
  });
});

describe('the explorer under /lenet5/', () => {
  it('a new input size redraws the network, and the address keeps the sub-path', async () => {
    const { page, watch } = await openPage('/explorer/');
    await settled(page);
    expect(await page.getAttribute('#explorer-train-link', 'href')).toBe(`${BASE}playground/`);
    await settleField(page, '#explorer-height', '36');
    await settleField(page, '#explorer-width', '36');
    await page.waitForURL(`${SITE}/explorer/?input=36`);
    await expect.poll(async () => (await rowCells(page, 'C5'))[0]).toBe('120x2x2');
    // At 36x36 the output has 2x2 positions, which the playground does not train: the link says so instead.
    expect(await page.getAttribute('#explorer-train-link', 'aria-disabled')).toBe('true');
    expect(await page.textContent('#explorer-train-reason')).toContain('2x2 positions');
    await page.selectOption('#explorer-head', 'flatten');
    await page.waitForURL(`${SITE}/explorer/?input=36&head=flatten`);
    expect(await page.getAttribute('#explorer-train-link', 'href')).toBe(`${BASE}playground/?input=36&head=flatten`);
    const layerLinks = await page
      .locator('a.architecture-layer')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(layerLinks).toContain(`${BASE}c1/`);
    expect(layerLinks.filter((href) => !href.startsWith(BASE))).toEqual([]);
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#explorer-height')).toBe('36');
    expect(await page.inputValue('#explorer-head')).toBe('flatten');
    expectClean(watch);
    await page.close();
  });
});

describe('the playground under /lenet5/', () => {
  const test = realMnist('test', 3);

  it('the drawing pad reads a drawn digit with the pretrained model', async () => {
    const { page, watch } = await openPage('/playground/?seed=1');
    await drawDigit(page, test.images.subarray(2 * 784, 3 * 784));
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#pad')!.dataset['answer'] !== undefined,
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.getAttribute('#pad', 'data-answer')).toBe(String(test.labels[2]));
    expectClean(watch);
    await page.close();
  });
});

// One reader's visits, in order: they share one browser context, which lets service workers run.
describe('the service worker under /lenet5/', () => {
  let context: BrowserContext;
  let page: Page;
  let watch: SiteWatch;
  let threads: string;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  const engine = () => page.locator('#train-backend').textContent();

  it('a first visit to the playground trains on the lane engine on one thread, and says that a reload gives two', async () => {
    ({ page, watch } = await openPage('/playground/?seed=1', context));
    expect(await controlled()).toBe(false);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${SITE}/`);
    // The training worker takes a second thread where the machine has a second core.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    threads = cores > 1 ? '2 threads' : '1 thread';
    expect(await trainBriefly(page)).toBeGreaterThan(80);
    // The results fetch the test digits once the accuracy is shown; a reload before they arrive would abort that fetch.
    await page.locator('#results').waitFor();
    const oneThread = 'Training on your CPU with WebAssembly SIMD, four digits at a time, 1 thread';
    expect(await engine()).toMatch(new RegExp(`^${oneThread}(: about [\\d,]+ digits/s)?(\\.|$)`));
    if (cores > 1) {
      expect(await engine()).toMatch(
        /This page is not cross-origin isolated yet\. Reload it: the site's service worker then serves it isolated, and it trains on 2 threads, faster\.$/,
      );
    }
    expectClean(watch);
  }, 150_000);

  it('after a reload the service worker serves the page isolated, and the lane engine trains on two threads', async () => {
    await page.reload();
    expect(await controlled()).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${SITE}/sw.js`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // The run kept from the first load comes back, without advice that no longer applies.
    await expect.poll(engine).toMatch(/1 thread/);
    expect(await engine()).not.toContain('Reload');
    expect(await trainBriefly(page)).toBeGreaterThan(80);
    expect(await engine()).toMatch(
      new RegExp(
        `^Training on your CPU with WebAssembly SIMD, four digits at a time, ${threads}(: about [\\d,]+ digits/s)?$`,
      ),
    );
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const release = await caches.open(names.find((name) => /^lenet5-[0-9a-f]+$/.test(name))!);
      return (await release.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(stored).toEqual(expect.arrayContaining([BASE, `${BASE}c3/`, `${BASE}workers/training-worker.js`]));
    expect(stored.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expectClean(watch);
    // A wrong address gets the site's own page, not the plain server's line of text.
    const missing = await page.goto(`${SITE}/nope/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  }, 150_000);

  it('with the server off, pages and search open and the playground still trains', async () => {
    await stopServer?.();
    stopServer = undefined;
    await expect(fetch(`${SITE}/`)).rejects.toThrow();
    for (const path of ['/', '/c3/', '/explorer/?input=36']) {
      await page.goto(SITE + path);
      expect(await page.locator('h1').count()).toBe(1);
    }
    await page.goto(`${SITE}/also/nope/`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.goto(`${SITE}/search/?q=subsampling`);
    await page.locator(`#search a[href="${BASE}s2/"]`).first().waitFor({ timeout: 15_000 });
    await page.goto(`${SITE}/playground/?seed=2`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await trainBriefly(page)).toBeGreaterThan(80);
    expect(await engine()).toContain(threads);
  }, 150_000);

  it('a second release, published under /lenet5/, is offered and replaces the first when accepted', async () => {
    publishSecondRelease(published, BASE);
    stopServer = await servePython(site, PORT);
    const update = await acceptSecondRelease(page, `${SITE}/`);
    expect(update.showsNewRelease).toEqual({ before: false, after: true });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${SITE}/sw.js`);
    expect(update.releases.after).toHaveLength(1);
    expect(update.releases.after).not.toEqual(update.releases.before);
  });
});
