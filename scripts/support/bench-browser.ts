import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TimeToAccuracy } from '../../bench/page.ts';
import type { TrainingSettings } from '../../src/lib/model/worker/protocol.ts';
import { CHROME_PATH } from '../../e2e/support/browser.ts';
import { buildLaneBinaries } from './lane-binaries.ts';
import { serveFolders } from './static-server.ts';
import { copyWasm } from './wasm-files.ts';
import { bundleForBrowser, LANE_HELPER_ENTRY, WORKER_ENTRY } from './worker-bundle.ts';

const root = join(import.meta.dirname, '..', '..');

export interface BenchBrowser {
  readonly browser: Browser;
  /** The bench page, served cross-origin isolated (`isolated`) or as a plain static host serves it. */
  open(isolated: boolean): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The benchmark's page and the playground's worker, bundled from the sources, served on `port`
 * (isolated) and `port + 1` (without COOP and COEP), in Debian's Chromium.
 */
export async function benchBrowser(port: number): Promise<BenchBrowser> {
  const work = join(root, 'node_modules', '.cache', 'lenet5-bench');
  mkdirSync(join(work, 'wasm'), { recursive: true });
  await bundleForBrowser(
    {
      bench: join(root, 'bench', 'page.ts'),
      worker: WORKER_ENTRY,
      'lane-helper': LANE_HELPER_ENTRY,
      'lane-bench': join(root, 'bench', 'lane-worker.ts'),
    },
    work,
  );
  writeFileSync(
    join(work, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>',
  );
  copyWasm(join(work, 'wasm'));
  await buildLaneBinaries(join(work, 'wasm'));
  const mounts = { '/data/': join(root, 'public', 'data'), '/': work };
  const server = await serveFolders(mounts, port);
  // The same files without COOP and COEP, as a plain static host serves them to a first-time reader.
  const headerless = await serveFolders(mounts, port + 1, { isolated: false });
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  return {
    browser,
    async open(isolated) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${isolated ? port : port + 1}/`);
      await page.waitForFunction(() => 'timeToAccuracy' in window);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
      headerless.close();
    },
  };
}

/** A playground run in the page's worker, as a reader starts it, until it ends; `target` marks when it was first reached. */
export function runInWorker(page: Page, settings: TrainingSettings, target: number): Promise<TimeToAccuracy> {
  return page.evaluate(
    ({ settings, target }) =>
      (
        window as unknown as {
          timeToAccuracy: (s: object, t: number) => Promise<TimeToAccuracy>;
        }
      ).timeToAccuracy(settings, target),
    { settings, target },
  );
}
