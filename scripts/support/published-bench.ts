import type { Browser, Page } from 'playwright-core';
import type { FromWorker, TrainingSettings } from '../../src/lib/model/worker/protocol.ts';

/** One run of the playground's own training worker, read from its messages. */
export interface WorkerRun {
  readonly backend: string;
  readonly isolated: boolean;
  /** The worker's own figure at the end of training: digits trained per second of training. */
  readonly samplesPerSecond: number;
  /** Seconds of training to the first full test at or above the target; undefined if none reached it. */
  readonly secondsToTarget: number | undefined;
  /** The same, from pressing Train: the download, the engine's choice and the training. */
  readonly wallSecondsToTarget: number | undefined;
  readonly finalAccuracy: number;
}

/**
 * Runs in the page: starts the site's worker, as the playground does, and resolves
 * with what it reported once it is done. A function of its argument alone, because
 * Playwright sends its source to the page.
 */
function runWorker({ url, settings, target }: { url: string; settings: TrainingSettings; target: number }) {
  return new Promise<WorkerRun>((resolve, reject) => {
    const began = performance.now();
    const worker = new Worker(url, { type: 'module' });
    let backend = '';
    let samplesPerSecond = 0;
    let finalAccuracy = 0;
    let secondsToTarget: number | undefined;
    let wallSecondsToTarget: number | undefined;
    worker.onerror = (event) => reject(new Error(event.message || 'the training worker failed'));
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'error') reject(new Error(data.message));
      if (data.type === 'backend') backend = `${data.backend}, ${data.detail}`;
      if (data.type === 'progress') samplesPerSecond = data.samplesPerSecond;
      if (data.type === 'tested' && data.full) {
        finalAccuracy = data.testAccuracy;
        if (secondsToTarget === undefined && data.testAccuracy >= target) {
          secondsToTarget = data.seconds;
          wallSecondsToTarget = (performance.now() - began) / 1000;
        }
      }
      if (data.type !== 'done') return;
      worker.terminate();
      const isolated = self.crossOriginIsolated;
      resolve({ backend, isolated, samplesPerSecond, secondsToTarget, wallSecondsToTarget, finalAccuracy });
    };
    worker.postMessage({ type: 'start', settings });
  });
}

export interface PublishedSite {
  readonly page: Page;
  run(settings: TrainingSettings, target: number): Promise<WorkerRun>;
}

/**
 * The built site's playground at `url`, as a reader's second load sees it where
 * `serviceWorker` is true (the first load installs the site's service worker, the
 * reload is served by it), or as the first load sees it otherwise.
 */
export async function openPublished(
  browser: Browser,
  url: string,
  base: string,
  { serviceWorker }: { serviceWorker: boolean },
): Promise<PublishedSite> {
  const context = await browser.newContext({ serviceWorkers: serviceWorker ? 'allow' : 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  if (serviceWorker) {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      throw new Error(`The service worker did not take over ${url} on the second load.`);
    }
  }
  const workerUrl = `${base}workers/training-worker.js`;
  return {
    page,
    run: (settings, target) => page.evaluate(runWorker, { url: workerUrl, settings, target }),
  };
}
