import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { rowCells, settleField } from './support/explorer-table.ts';
import { watchPage } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PARAMETERS = 1; // index of Parameters among the td cells: the explorer's table leads with shape, parameters, connections
const CONNECTIONS = 2;

async function open(query: string): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE_URL}/explorer/${query}`);
  await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
  return page;
}

const pythonCode = async (page: Page) => {
  await page.click('#explorer-code summary:text("PyTorch")');
  await page.waitForFunction(
    () => (document.querySelector('#explorer-code details[open] pre')?.textContent ?? '') !== '',
  );
  return page.locator('#explorer-code details[open] pre').textContent();
};

describe('the LeNet family in the explorer', () => {
  it("opens LeNet-1 with the NIPS paper's 2,578 parameters and 98,442 connections, drawn and exported", async () => {
    const page = await open('?network=lenet1');
    const total = await rowCells(page, 'Total');
    expect([total[PARAMETERS], total[CONNECTIONS]]).toEqual(['2,578', '98,442']);
    expect(await page.locator('#explorer-architecture a[data-layer="H3"]').getAttribute('aria-label')).toBe(
      'H3: 12@8x8',
    );
    expect(await page.locator('#h3-matrix button[aria-pressed="true"]').count()).toBe(20);
    expect(await pythonCode(page)).toContain('H3_TABLE');
    expect(await page.isHidden('#explorer-lenet5-options')).toBe(true);
    await page.close();
  });

  it('switches from LeNet-1 to LeNet-5 with the network field, and the address follows', async () => {
    const page = await open('?network=lenet1');
    await page.selectOption('#explorer-network', 'lenet5');
    expect((await rowCells(page, 'Total'))[PARAMETERS]).toBe('60,000 (+840 fixed)');
    expect(new URL(page.url()).search).toBe('');
    await page.goBack();
    expect((await rowCells(page, 'Total'))[PARAMETERS]).toBe('2,578');
    await page.close();
  });
});

describe('editing layers', () => {
  it("C5's kernel at 4x4 gives C5 120x2x2, in the table, the drawing, the code and a shared address", async () => {
    const page = await open('');
    await settleField(page, '#edit-5-kernel-height', '4');
    await settleField(page, '#edit-5-kernel-width', '4');
    expect((await rowCells(page, 'C5'))[0]).toBe('120x2x2');
    expect(await page.locator('#explorer-architecture a[data-layer="C5"]').getAttribute('aria-label')).toBe(
      'C5: 120@2x2',
    );
    expect(await pythonCode(page)).toMatch(/C5.*4/);
    await page.waitForURL(/net=.*C5\.conv120\.k4/);
    const shared = page.url();
    const other = await browser!.newPage();
    await other.goto(shared);
    await other.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
    expect((await rowCells(other, 'C5'))[0]).toBe('120x2x2');
    expect(await other.inputValue('#edit-5-kernel-height')).toBe('4');
    await other.close();
    await page.close();
  });

  it('a layer added after F6 keeps its 84 units; narrowed so that the RBF output cannot read it, the figures stop there, said once, by the layer', async () => {
    const page = await open('');
    const watch = watchPage(page);
    await page.selectOption('#edit-6-add-kind', 'full');
    await page.click('text=Add after F6');
    // Added with F6's width, the network still computes to the end.
    await expect.poll(async () => (await rowCells(page, 'F7'))[PARAMETERS]).toBe('7,140');
    expect(await page.locator('#explorer-table tr.failed').count()).toBe(0);
    await settleField(page, '#edit-7-units', '32');
    const failed = page.locator('#explorer-table tr.failed');
    await failed.waitFor({ state: 'visible' });
    const message = "Output's RBF prototypes have 84 values but the layer before gives 32";
    expect(await failed.textContent()).toContain(message);
    // The message stands once on the page; the field it is about is marked and points to it.
    expect((await page.locator('main').innerText()).split(message).length - 1).toBe(1);
    expect(await page.getAttribute('#edit-8-classifier', 'aria-invalid')).toBe('true');
    // The figures show the edited network up to the new layer, not the network before the edit.
    expect((await rowCells(page, 'F7'))[0]).toBe('32x1x1');
    expect(await page.textContent('#explorer-sentence')).toContain('stops at Output');
    expect(await page.getAttribute('#explorer-train-link', 'aria-disabled')).toBe('true');
    await settleField(page, '#edit-7-units', '84');
    await failed.waitFor({ state: 'detached' });
    expect(await page.getAttribute('#edit-8-classifier', 'aria-invalid')).toBeNull();
    expect((await rowCells(page, 'F7'))[PARAMETERS]).toBe('7,140');
    expect(await page.locator('#explorer-table tbody tr').count()).toBe(9);
    expect(await page.getAttribute('#explorer-train-link', 'aria-disabled')).toBeNull();
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('a number out of range gets a message that says what the field takes, and nothing else changes', async () => {
    const page = await open('?network=lenet1');
    await settleField(page, '#edit-1-maps', '0');
    expect(await page.textContent('#edit-1-error')).toBe('Maps takes a whole number from 1 to 1024; got "0".');
    await settleField(page, '#edit-1-maps', '9'.repeat(40));
    expect(await page.textContent('#edit-1-error')).toContain('takes a whole number from 1 to 1024');
    expect((await rowCells(page, 'Total'))[PARAMETERS]).toBe('2,578');
    expect(new URL(page.url()).searchParams.get('net')).toBeNull();
    await page.close();
  });

  it("more H1 maps give H3's table more rows, connected, so that LeNet-1 still computes", async () => {
    const page = await open('?network=lenet1');
    await settleField(page, '#edit-1-maps', '6');
    expect(await page.locator('#h3-matrix tbody tr').count()).toBe(6);
    // Two new H2 maps, each linked to all 12 H3 maps: 24 more 5x5 kernels.
    expect((await rowCells(page, 'H3'))[PARAMETERS]).toBe('1,112');
    await page.close();
  });

  it("H3's table is edited like C3's, and Undo brings back LeNet-1 as published", async () => {
    const page = await open('?network=lenet1');
    await page.click('button[aria-label="H2 map 3 to H3 map 0"]');
    expect((await rowCells(page, 'H3'))[PARAMETERS]).toBe('537');
    await page.click('#explorer-unedit');
    expect((await rowCells(page, 'H3'))[PARAMETERS]).toBe('512');
    expect(new URL(page.url()).search).toBe('?network=lenet1');
    await page.close();
  });

  it('removing a layer is one press, and the edited network passes axe', async () => {
    const page = await open('?network=lenet1');
    await page.click('text=Remove H4');
    expect(await page.locator('#explorer-table tbody tr').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('sends the edited network to the playground, which offers it for training', async () => {
    const page = await open('?network=lenet1');
    await settleField(page, '#edit-1-maps', '6');
    await page.waitForURL(/net=/);
    await page.click('#explorer-train-link');
    await page.waitForURL(/\/playground\//);
    expect(await page.inputValue('#train-network')).toBe('link');
    expect(await page.textContent('#train-network-hint')).toContain(
      'LeNet-1 (1989), edited at 28x28, from the explorer: 28x28 input',
    );
    await page.close();
  });
});
