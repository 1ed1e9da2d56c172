import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { rowCells, settleField } from './support/explorer-table.ts';
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

async function openExplorer(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/explorer/${query}`);
  await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
  return page;
}

const TOTAL = 'Total';
const PARAMETERS = 1; // index of Parameters among the td cells: the explorer's table leads with shape, parameters, connections
const CONNECTIONS = 2;

describe('explorer URLs give the expected tables', () => {
  // Oracles: Section II-B of the paper, the model-zoo table, and shapes worked by hand.
  it.each([
    ['', TOTAL, PARAMETERS, '60,000 (+840 fixed)'],
    ['', TOTAL, CONNECTIONS, '340,908'],
    ['', 'C3', PARAMETERS, '1,516'],
    ['?variant=modern', TOTAL, PARAMETERS, '61,706'],
    ['?variant=modern', 'C3', PARAMETERS, '2,416'],
    ['?c3=full', 'C3', PARAMETERS, '2,416'],
    ['?variant=modern&c3=sparse', 'C3', PARAMETERS, '1,516'],
    ['?input=36', 'C5', 0, '120x2x2'],
    ['?input=36x40', 'C5', 0, '120x2x3'],
    ['?input=64&head=flatten', 'F6', 0, '84x1x1'],
    ['?input=64', 'F6', 0, '84x9x9'],
  ])('/explorer/%s shows %s column %i as %j', async (query, row, column, expected) => {
    const page = await openExplorer(query);
    const watch = watchPage(page);
    expect((await rowCells(page, row))[column]).toBe(expected);
    expect(await page.locator('#explorer-alert').isHidden()).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});

describe('bad parameters show an alert and the page keeps working', () => {
  // Malformed parameters, one by one, are in the bad-input corpus (bad-inputs.e2e.ts).
  it('at a size too small for C5, shows every layer before it at that size and marks where it stops', async () => {
    const page = await openExplorer('?input=36');
    await settleField(page, '#explorer-height', '28');
    await settleField(page, '#explorer-width', '28');
    await page.locator('#explorer-table tr.failed').waitFor({ state: 'visible' });
    expect(await page.locator('#explorer-alert').isHidden()).toBe(true);
    expect(await page.inputValue('#explorer-height')).toBe('28');
    // Worked by hand at 28x28: 28 - 4 = 24, halved 12, 12 - 4 = 8, halved 4: too small for a 5x5 C5.
    const shapes: [string, string][] = [
      ['C1', '6x24x24'],
      ['S2', '6x12x12'],
      ['C3', '16x8x8'],
      ['S4', '16x4x4'],
    ];
    for (const [row, shape] of shapes) expect((await rowCells(page, row))[0]).toBe(shape);
    expect(await page.textContent('#explorer-table tr.failed')).toContain('Cannot be computed: C5 needs at least 5x5');
    expect(await page.textContent('#explorer-table caption')).toContain('at a 28x28 input');
    expect(await page.textContent('#explorer-sentence')).toContain('At 28x28 the network stops at C5');
    expect(await page.locator('#explorer-architecture .architecture-failed').textContent()).toContain('C5');
    expect(await page.getAttribute('#explorer-architecture', 'aria-label')).toContain('1@28x28');
    await page.close();
  });

  it('a link that cannot be computed shows the layers it can, at the size it asks for', async () => {
    const page = await openExplorer('?input=28x40');
    await page.locator('#explorer-table tr.failed').waitFor({ state: 'visible' });
    expect((await rowCells(page, 'S4'))[0]).toBe('16x4x7');
    expect(await page.locator('#explorer-architecture a.architecture-layer').count()).toBe(5);
    expect(await page.locator('#c3-matrix button').count()).toBe(96);
    await page.close();
  });

  it('a bad switch falls back to the preset and still shows the table', async () => {
    const page = await openExplorer('?c3=half&input=36');
    expect((await rowCells(page, 'C5'))[0]).toBe('120x2x2');
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('1,516');
    await page.close();
  });

  it('passes axe with the alert showing', async () => {
    const page = await openExplorer('?input=28&c3=half');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the explorer controls', () => {
  it('setting the height and width to 36 makes C5 120x2x2 in the table and the diagram', async () => {
    const page = await openExplorer('');
    await settleField(page, '#explorer-height', '36');
    await settleField(page, '#explorer-width', '36');
    expect((await rowCells(page, 'C5'))[0]).toBe('120x2x2');
    expect(await page.getAttribute('#explorer-architecture a[data-layer="C5"]', 'aria-label')).toBe('C5: 120@2x2');
    expect(await page.textContent('#explorer-sentence')).toContain('C5 is now 120@2x2');
    await page.close();
  });

  it('the slider moves the number field with it', async () => {
    const page = await openExplorer('');
    await page.locator('#explorer-width-range').fill('40');
    expect(await page.inputValue('#explorer-width')).toBe('40');
    expect((await rowCells(page, 'C5'))[0]).toBe('120x1x3');
    await page.close();
  });

  it("toggling C3 to full and back to the preset's moves its parameters between 1,516 and 2,416", async () => {
    const page = await openExplorer('');
    // The paper's own value is offered once, first, not again below it.
    expect(await page.textContent('#explorer-c3 option[value=""]')).toBe('Sparse (Table I)');
    expect(await page.isDisabled('#explorer-c3 option[value="sparse"]')).toBe(true);
    await page.selectOption('#explorer-c3', 'full');
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('2,416');
    // With the keyboard: one arrow up is the preset's again.
    await page.focus('#explorer-c3');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.inputValue('#explorer-c3')).toBe('');
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('1,516');
    await page.close();
  });

  it('pressing a C3 cell changes C3 by 25 parameters, and the table is kept in the URL', async () => {
    const page = await openExplorer('');
    const cell = page.locator('button[aria-label="S2 map 3 to C3 map 0"]');
    expect(await cell.getAttribute('aria-pressed')).toBe('false');
    await cell.focus();
    await page.keyboard.press('Enter');
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('1,541');
    expect(new URL(page.url()).searchParams.get('c3table')).toHaveLength(24);
    await page.reload();
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('1,541');
    await page.click('button[data-c3="sparse"]');
    expect((await rowCells(page, 'C3'))[PARAMETERS]).toBe('1,516');
    await page.close();
  });

  it('the URL follows every change; reload, back and forward restore each state', async () => {
    const page = await openExplorer('');
    await page.click('button[data-size="36"]');
    await page.selectOption('#explorer-variant', 'modern');
    await page.waitForURL(/input=36&variant=modern$/);
    expect((await rowCells(page, TOTAL))[PARAMETERS]).toBe('91,946');
    await page.reload();
    expect((await rowCells(page, TOTAL))[PARAMETERS]).toBe('91,946');
    expect(await page.inputValue('#explorer-height')).toBe('36');
    await page.goBack();
    await page.waitForURL(/input=36$/);
    expect((await rowCells(page, 'C5'))[0]).toBe('120x2x2');
    expect((await rowCells(page, TOTAL))[PARAMETERS]).toBe('60,000 (+840 fixed)');
    await page.goBack();
    expect((await rowCells(page, 'C5'))[0]).toBe('120x1x1');
    await page.goForward();
    await page.goForward();
    expect((await rowCells(page, TOTAL))[PARAMETERS]).toBe('91,946');
    await page.close();
  });

  it("downloads the paper network's pretrained weights for PyTorch, and explains why a custom network has none", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/explorer/?input=36`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#explorer-weights')]);
    expect(download.suggestedFilename()).toBe('lenet5-weights.npz');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    for (const name of [
      'C1.weight.npy',
      'S2.coefficient.npy',
      'C3.kernel.npy',
      'F6.weight.npy',
      'Output.prototypes.npy',
    ])
      expect(bytes.includes(Buffer.from(name))).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('#explorer-weights-status')!.textContent.startsWith('Downloaded'),
    );
    await page.goto(`${BASE_URL}/explorer/?variant=modern&input=36`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    expect(await page.locator('#explorer-weights').isDisabled()).toBe(true);
    expect(await page.textContent('#explorer-weights-status')).toContain('the modern port at 32x32');
    await context.close();
  });

  it.each(['svg', 'png', 'csv', 'json'])('downloads a non-empty %s file', async (kind) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/explorer/?input=36`);
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"]`)]);
    expect(download.suggestedFilename()).toBe(`lenet5-36x36.${kind}`);
    const path = await download.path();
    const { statSync } = await import('node:fs');
    expect(statSync(path).size).toBeGreaterThan(100);
    await context.close();
  });

  it('shows the network as Keras, PyTorch and TensorFlow.js code', async () => {
    const page = await openExplorer('?c3=full');
    await page.click('details[data-language="keras"] summary');
    // The code is written on the toggle event, which the browser dispatches after the click returns.
    const code = page.locator('details[data-language="keras"] pre');
    await code.filter({ hasText: 'keras.layers' }).waitFor();
    expect(await code.textContent()).toContain('keras.layers.Conv2D(16, 5, name="C3")');
    expect(await page.locator('#explorer-code details').count()).toBe(3);
    await page.close();
  });
});
