/**
 * Page weights, the explorer's redraw time and the playground's stroke-to-prediction
 * time, measured on the built site:
 *   npm run budgets [-- --out budgets.json]
 * JavaScript per page (gzipped) against its budget, then the time from an input
 * change to the last figure redrawn, at sizes from 32 to 512, in headless Chromium.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { builtPages } from '../e2e/support/pages.ts';
import { BASE_URL, startPreview } from '../e2e/support/server.ts';
import { pageWeight, weightTable } from '../e2e/support/weights.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const FRAME_MS = 16;

const weights = builtPages().map(pageWeight);
console.info(weightTable(weights));

const stop = await startPreview();
const browser = await launchBrowser();
const redraws: { size: number; medianMs: number; maxMs: number }[] = [];
const pointing: { path: string; medianMs: number; maxMs: number }[] = [];
const FIGURE_PAGES = ['/input/', '/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/', '/output/', '/lenet-family/'];
const WORST_MS = 33;

/**
 * Milliseconds from a pointer moving onto a unit of a "see it compute" figure to
 * its redrawn outlines and arithmetic, laid out: the handler redraws synchronously,
 * and reading offsetHeight makes the browser lay the result out before the clock stops.
 */
async function pointingTimes(page: Page, path: string): Promise<number[]> {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('[data-compute]').scrollIntoViewIfNeeded();
  await page.locator('[data-compute] .compute-sentence').waitFor({ timeout: 20_000 });
  return page.evaluate(() => {
    const tiles = [...document.querySelectorAll<HTMLElement>('[data-compute] .compute-output .compute-tile')];
    const samples: number[] = [];
    for (let run = 0; run < 41; run++) {
      const tile = tiles[run % tiles.length]!;
      const box = tile.getBoundingClientRect();
      // A spread of points over the tile, the same on every run of the script.
      const x = box.left + (((run * 7) % 13) + 0.5) * (box.width / 13);
      const y = box.top + (((run * 5) % 11) + 0.5) * (box.height / 11);
      const start = performance.now();
      tile.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      if (document.body.offsetHeight < 0) break;
      if (run > 0) samples.push(performance.now() - start);
    }
    return samples;
  });
}
const strokes: number[] = [];

/** Milliseconds from a pointer stroke on the playground's pad to its updated prediction and maps. */
async function strokeTimes(page: Page): Promise<number[]> {
  await page.goto(`${BASE_URL}/playground/`);
  await page.locator('#pad').scrollIntoViewIfNeeded();
  const pad = (await page.locator('#pad').boundingBox())!;
  // The network loads on the first stroke, as it does for a reader; its time is not what is measured.
  await page.mouse.move(pad.x + 40, pad.y + 40);
  await page.mouse.down();
  await page.mouse.move(pad.x + 60, pad.y + 200, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#runtime-status')!.textContent.includes('ready'));
  const times: number[] = [];
  for (let stroke = 0; stroke < 21; stroke++) {
    const x = pad.x + 60 + (stroke % 7) * 25;
    await page.mouse.move(x, pad.y + 40);
    await page.mouse.down();
    await page.mouse.move(x + 10, pad.y + 240, { steps: 4 });
    await page.mouse.up();
    await page.waitForTimeout(50);
    // The first stroke also compiles the model's kernels; readers feel it once.
    if (stroke > 0) times.push(Number(await page.locator('#pad').getAttribute('data-update-ms')));
  }
  return times;
}
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE_URL}/explorer/`);
  // Redraws are timed once the first render has settled, as a reader's changes are.
  await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
  for (const size of [32, 36, 64, 128, 256, 512]) {
    const times = await page.evaluate(async (side) => {
      const field = document.querySelector<HTMLInputElement>('#explorer-width')!;
      const samples: number[] = [];
      for (let run = 0; run < 15; run++) {
        field.value = String(run % 2 === 0 ? side : 32);
        const start = performance.now();
        // The explorer recomputes and redraws synchronously inside the input handler.
        field.dispatchEvent(new Event('input', { bubbles: true }));
        samples.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return samples.filter((_, run) => run % 2 === 0);
    }, size);
    const sorted = [...times].sort((a, b) => a - b);
    redraws.push({ size, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! });
  }
  strokes.push(...(await strokeTimes(await browser.newPage({ viewport: { width: 1280, height: 900 } }))));
  const figurePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const path of FIGURE_PAGES) {
    const sorted = (await pointingTimes(figurePage, path)).sort((a, b) => a - b);
    pointing.push({ path, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! });
  }
} finally {
  await browser.close();
  await stop();
}
console.info(`\ninput change to redrawn figures (32 x W), budget ${FRAME_MS} ms:`);
for (const { size, medianMs, maxMs } of redraws) {
  console.info(
    `  width ${String(size).padStart(3)}: median ${medianMs.toFixed(2)} ms, worst ${maxMs.toFixed(2)} ms${medianMs > FRAME_MS ? '  OVER BUDGET' : ''}`,
  );
}
const sortedStrokes = [...strokes].sort((a, b) => a - b);
const stroke = { medianMs: sortedStrokes[Math.floor(sortedStrokes.length / 2)]!, maxMs: sortedStrokes.at(-1)! };
console.info(
  `\nplayground, pad stroke to prediction and feature maps (${strokes.length} strokes), budget ${FRAME_MS} ms: median ${stroke.medianMs.toFixed(2)} ms, worst ${stroke.maxMs.toFixed(2)} ms${stroke.medianMs > FRAME_MS ? '  OVER BUDGET' : ''}`,
);
console.info(
  `\n"see it compute": pointing at a unit to its redrawn arithmetic, budget median ${FRAME_MS} ms, worst ${WORST_MS} ms:`,
);
for (const { path, medianMs, maxMs } of pointing) {
  const over = medianMs > FRAME_MS || maxMs > WORST_MS;
  console.info(
    `  ${path.padEnd(16)} median ${medianMs.toFixed(2)} ms, worst ${maxMs.toFixed(2)} ms${over ? '  OVER BUDGET' : ''}`,
  );
}
if (values.out) writeFileSync(values.out, JSON.stringify({ weights, redraws, stroke, pointing }, null, 2));
const over =
  weights.some((page) => Math.max(page.kilobytes, page.withFigure ?? 0) > page.budget) ||
  pointing.some((run) => run.medianMs > FRAME_MS || run.maxMs > WORST_MS) ||
  redraws.some((run) => run.medianMs > FRAME_MS) ||
  stroke.medianMs > FRAME_MS;
process.exitCode = over ? 1 : 0;
