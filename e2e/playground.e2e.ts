import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realMnist } from '../src/lib/model/test-support.ts';
import { DEFAULT_FIELDS } from '../src/lib/playground/settings.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { watchPage, type PageWatch } from './support/page-watch.ts';
import { drawDigit } from './support/pad.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const test = realMnist('test', 10);

async function openPlayground(query = '?seed=1'): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`${BASE_URL}/playground/${query}`);
  return { page, watch };
}

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .textContent()
    .then((value) => value ?? '');

const trainingBatches = async (page: Page) =>
  Number((await text(page, '#train-batches')).split(' ')[0]!.replace(/,/g, ''));

async function startTraining(page: Page, epochs: string, batchSize = '64'): Promise<void> {
  await page.fill('#train-epochs', epochs);
  await page.fill('#train-batch-size', batchSize);
  await page.click('#train-start');
  await page.waitForFunction(
    () => Number(document.querySelector('#train-batches')!.textContent.split(' ')[0]) > 0,
    null,
    {
      timeout: 60_000,
    },
  );
}

describe('drawing on the pad', () => {
  // The pretrained paper model's answer for real MNIST test digits drawn stroke by stroke.
  it.each([0, 1, 2, 3, 4])('test digit %i drawn with pointer strokes is read as its label', async (index) => {
    const { page, watch } = await openPlayground();
    // The first stroke starts loading the network; the answer comes once it is ready, for the whole drawing.
    await drawDigit(page, test.images.subarray(index * 784, (index + 1) * 784));
    await page.waitForFunction(() => document.querySelector('#runtime-status')!.textContent.includes('ready'), null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#pad')!.dataset['answer'] !== undefined);
    expect(await page.locator('#pad').getAttribute('data-answer')).toBe(String(test.labels[index]));
    expect(await text(page, '#pretrained-answer')).toBe(`Answer: ${test.labels[index]}`);
    expect(await page.locator('#pretrained-scores li').count()).toBe(10);
    const captions = await page.locator('.feature-layer figcaption').allTextContents();
    expect(captions.map((caption) => caption.split(':')[0])).toEqual(['C1', 'S2', 'C3', 'S4', 'C5']);
    // F6 is drawn once, as a bitmap beside its closest prototype.
    expect(await text(page, '#f6-heading')).toBe('F6: 84 units, drawn as a 7x12 bitmap');
    expect(await page.locator('#f6-compare').isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('an empty pad shows a prompt, not a prediction; Clear brings the prompt back', async () => {
    const { page, watch } = await openPlayground();
    expect(await text(page, '#pad-message')).toContain('Draw a digit');
    expect(await page.locator('#pretrained-scores li').count()).toBe(0);
    await page.fill('#pad-index', '3');
    await page.press('#pad-index', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#pretrained-scores li').length === 10);
    await page.click('#pad-clear');
    expect(await text(page, '#pad-message')).toContain('Draw a digit');
    // A prompt, not shown as a mistake.
    expect(await page.getAttribute('#pad-message', 'class')).not.toContain('pad-problem');
    expect(await page.locator('#pretrained-scores li').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it.each(['10000', '-1', '2.5', 'seven'])('test digit number %j is refused with what is allowed', async (value) => {
    const { page } = await openPlayground();
    await page.fill('#pad-index', value);
    await page.press('#pad-index', 'Enter');
    expect(await text(page, '#pad-index-error')).toContain('a whole number from 0 to 9,999');
    expect(await page.locator('#pad-index').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});

describe('training in the worker', () => {
  it('the form starts at the defaults that the benchmark times', async () => {
    const { page } = await openPlayground();
    const shown = {
      network: await page.inputValue('#train-network'),
      epochs: await page.inputValue('#train-epochs'),
      batchSize: await page.inputValue('#train-batch-size'),
      learningRate: await page.inputValue('#train-learning-rate'),
      recipe: await page.inputValue('#train-recipe'),
    };
    expect(shown).toEqual(DEFAULT_FIELDS);
    await page.close();
  });

  it('trains, draws both curves, reports test accuracy far above chance, then fills the mistakes', async () => {
    const { page, watch } = await openPlayground();
    await startTraining(page, '0.2');
    // The confusion matrix comes with the full test at the end; quick tests come before it.
    await page.waitForFunction(() => document.querySelectorAll('#confusion button').length === 100, null, {
      timeout: 120_000,
    });
    const accuracy = Number(/([\d.]+)%/.exec(await text(page, '#train-accuracy'))![1]);
    expect(accuracy).toBeGreaterThan(80);
    expect(await page.locator('#curve-loss path.curve-line').getAttribute('d')).toMatch(/^M.+L.+L/);
    expect(await page.locator('#curve-accuracy path.curve-line').getAttribute('d')).toMatch(/^M.+L/);
    // The preview is cross-origin isolated and this machine has no GPU: the lane engine trains, on every core up to two.
    expect(await text(page, '#train-backend')).toMatch(
      /^Training on your CPU with WebAssembly SIMD, four digits at a time, [12] threads?$/,
    );
    expect(await text(page, '#train-measured')).toMatch(/^lanes; [12] thread\(s\); tfjs was not needed\.$/);
    // A cosine run of 0.2 epochs ends mid-epoch; its last batch is counted all the same.
    const [, done, planned] = /^([\d,]+) of ([\d,]+)$/.exec(await text(page, '#train-batches'))!;
    expect(done).toBe(planned);
    expect(await page.locator('#confusion button').count()).toBe(100);
    expect(await page.locator('#gallery button').count()).toBeGreaterThan(0);
    await page.locator('#gallery button').first().click();
    await page.waitForFunction(() => document.querySelector('#pad-message')!.textContent.startsWith('Test digit'));
    await page.waitForFunction(() => document.querySelector('#live-answer')!.textContent.startsWith('Answer'));
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  }, 180_000);

  it('trains LeNet-1 from an explorer link, at its 28x28 input, and keeps it under its own name', async () => {
    const { page, watch } = await openPlayground('?network=lenet1&seed=1');
    expect(await page.inputValue('#train-network')).toBe('lenet1');
    await startTraining(page, '0.1');
    await page.locator('#kept').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await text(page, '#kept-text')).toMatch(/^LeNet-1 \(1989\), trained for 0\.1 epochs here/);
    const accuracy = Number(/([\d.]+)%/.exec(await text(page, '#train-accuracy'))![1]);
    expect(accuracy).toBeGreaterThan(50);
    expect(watch.errors).toEqual([]);
    await page.click('#kept-discard');
    await page.close();
  }, 180_000);

  it("trains the tutorials' port (C1 padded by 2) on the lane engine, and its hint names no field that keeps it off", async () => {
    const { page, watch } = await openPlayground('?network=lenet5-tutorial&seed=1');
    expect(await page.inputValue('#train-network')).toBe('lenet5-tutorial');
    expect(await text(page, '#train-network-hint')).toMatch(/^LeNet-5 as tutorials build it: 28x28 input, /);
    expect(await text(page, '#train-network-hint')).not.toContain('tfjs');
    await startTraining(page, '0.1');
    await page.locator('#kept').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await text(page, '#train-backend')).toMatch(
      /^Training on your CPU with WebAssembly SIMD, four digits at a time, [12] threads?$/,
    );
    expect(await text(page, '#train-measured')).toMatch(/^lanes; [12] thread\(s\); tfjs was not needed\.$/);
    // Its sigmoid units learn slowly: a tenth of an epoch proves the run, not the network.
    expect(await text(page, '#kept-text')).toMatch(
      /^LeNet-5 as tutorials build it, trained for 0\.1 epochs here, \d+\.\d\d%/,
    );
    expect(watch.errors).toEqual([]);
    await page.click('#kept-discard');
    await page.close();
  }, 180_000);

  it('trains an edited network the lane engine cannot run on tfjs, and says which field keeps it there', async () => {
    // LeNet-1 with H1 at stride 2, as the explorer's editor links it.
    const net =
      'Input.in1_H1.conv4.k5.s2.ast_H2.sub.w2.s2.tr.ast_H3.conv12.k5.t4x12-ec07c003b01f.ast_H4.sub.w2.s2.tr.ast_Output.out10.softmax.flat.asm';
    const { page, watch } = await openPlayground(`?network=lenet1&net=${net}&seed=1`);
    expect(await page.inputValue('#train-network')).toBe('link');
    const refusal = "H1's stride of 2 keeps this network on tfjs, slower; with stride 1 it trains on the lane engine.";
    expect(await text(page, '#train-network-hint')).toMatch(/^LeNet-1 \(1989\), edited at 28x28, from the explorer: /);
    expect(await text(page, '#train-network-hint')).toContain(refusal);
    await startTraining(page, '0.1');
    await page.locator('#kept').waitFor({ state: 'visible', timeout: 120_000 });
    const backend = await text(page, '#train-backend');
    expect(backend).toMatch(/^Training on your CPU with WebAssembly, [12] threads?: about [\d,]+ digits\/s\. /);
    expect(backend.endsWith(refusal)).toBe(true);
    expect(await text(page, '#train-measured')).toMatch(/^wasm [\d,]+ digits\/s/);
    expect(watch.errors).toEqual([]);
    await page.click('#kept-discard');
    await page.close();
  }, 180_000);

  it("trains the paper's LeNet-5 by the paper's recipe, pass by pass, with eta's steps on the loss curve", async () => {
    const { page, watch } = await openPlayground('?network=paper&seed=1');
    await page.selectOption('#train-recipe', 'paper');
    // Adam's fields are hidden, not lost.
    expect(await page.locator('#train-epochs').isVisible()).toBe(false);
    await page.click('#train-start');
    await page.locator('#kept').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await text(page, '#train-backend')).toBe(
      "Training on your CPU with WebAssembly, in double precision, by the paper's recipe, 1 thread",
    );
    const accuracy = /after 1 pass: ([\d.]+)%$/.exec(await text(page, '#train-accuracy'));
    expect(Number(accuracy?.[1])).toBeGreaterThan(50);
    expect(await text(page, '#kept-text')).toMatch(/^LeNet-5.*, by the paper's recipe, trained for 1 pass here, /);
    expect(await text(page, '#train-batches-label')).toBe('Digits');
    expect(await text(page, '#curve-loss g.curve-mark text')).toBe('η 5e-5');
    expect(await page.locator('#curve-loss text.curve-x-label').textContent()).toBe('passes');
    // The pad asks the network in training, mirrored into tfjs.
    await page.locator('#pad').scrollIntoViewIfNeeded();
    await drawDigit(page, test.images.subarray(0, 784));
    await page.waitForFunction(() => document.querySelector('#live-answer')!.textContent.startsWith('Answer'));
    await page.click('#train-pause');
    await page.waitForFunction(() => document.querySelector('#train-state')!.textContent === 'Paused.', null, {
      timeout: 30_000,
    });
    expect(await page.locator('#train-adam-hint').isVisible()).toBe(false);
    expect(await page.locator('#train-paper-hint').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // A run is discarded on the second press of Reset, the first only asks.
    await page.click('#train-reset');
    await page.click('#train-reset');
    await page.waitForFunction(() => /^0 after reset/.test(document.querySelector('#train-tensors')!.textContent));
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.click('#kept-discard');
    await page.close();
  }, 180_000);

  it("offers the paper's recipe only with networks it can train, and says which it chose", async () => {
    const { page } = await openPlayground('?network=lenet1&seed=1');
    await page.selectOption('#train-recipe', 'paper');
    expect(await page.inputValue('#train-network')).toBe('paper');
    expect(await text(page, '#train-recipe-note')).toMatch(
      /^The paper's recipe cannot train “LeNet-1 \(1989\)”, so the network is now “LeNet-5, the paper's \(1998\)”; choose Adam to train the others\.$/,
    );
    expect(await page.locator('#train-network option[value="lenet1"]').isDisabled()).toBe(true);
    await page.selectOption('#train-recipe', 'adam');
    expect(await page.locator('#train-epochs').isVisible()).toBe(true);
    expect(await page.locator('#train-network option[value="lenet1"]').isDisabled()).toBe(false);
    await page.close();
  });

  it('keeps the trained network across a reload, offers it for PyTorch, and forgets it on Discard', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${BASE_URL}/playground/?seed=1`);
    await startTraining(page, '0.1');
    await page.locator('#kept').waitFor({ state: 'visible', timeout: 120_000 });
    await page.reload();
    await page.locator('#kept').waitFor({ state: 'visible' });
    expect(await text(page, '#kept-text')).toMatch(
      /^LeNet-5, the modern port, trained for 0\.1 epochs here, \d+\.\d\d% test accuracy/,
    );
    const [weights] = await Promise.all([page.waitForEvent('download'), page.click('#kept-weights')]);
    expect(weights.suggestedFilename()).toBe('lenet5-weights.npz');
    const bytes = readFileSync(await weights.path());
    // A zip of .npy files, named as the PyTorch code's modules are.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['C1.weight.npy', 'C3.weight.npy', 'F6.weight.npy', 'Output.bias.npy'])
      expect(bytes.includes(Buffer.from(name))).toBe(true);
    const [code] = await Promise.all([page.waitForEvent('download'), page.click('#kept-code')]);
    expect(readFileSync(await code.path(), 'utf8')).toContain('model.load_state_dict(');
    await page.click('#kept-discard');
    await page.locator('#kept').waitFor({ state: 'hidden' });
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.locator('#kept').isHidden()).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('Pause stops the batch counter within a batch; Resume starts it again', async () => {
    const { page } = await openPlayground();
    await startTraining(page, '1');
    // Train is disabled once pressed; the keyboard reader's focus moves to Pause rather than to the page's start.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('train-pause');
    await page.click('#train-pause');
    expect(await text(page, '#train-pause')).toBe('Resume');
    await page.waitForFunction(() => document.querySelector('#train-state')!.textContent === 'Paused.');
    const paused = await trainingBatches(page);
    await page.waitForTimeout(1500);
    expect(await trainingBatches(page)).toBe(paused);
    await page.click('#train-pause');
    await page.waitForFunction(
      (before) => Number(document.querySelector('#train-batches')!.textContent.split(' ')[0]) > before,
      paused,
    );
    await page.close();
  }, 120_000);

  it('ten train and reset cycles each give back every tensor', async () => {
    const { page } = await openPlayground();
    for (let cycle = 0; cycle < 10; cycle++) {
      await startTraining(page, '1');
      await page.click('#train-reset');
      await page.click('#train-reset');
      await page.waitForFunction(() => document.querySelector('#train-tensors')!.textContent.includes('after reset'));
      const [after, before] = (await text(page, '#train-tensors')).match(/\d+/g)!.map(Number);
      expect(after).toBe(before);
      expect(await page.locator('#train-start').isEnabled()).toBe(true);
      await page.evaluate(() => (document.querySelector('#train-tensors')!.textContent = ''));
    }
    await page.close();
  }, 300_000);

  it('a worker that cannot start is reported with a Retry button, and the page keeps working', async () => {
    const { page } = await openPlayground();
    await page.route('**/workers/training-worker.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.click('#train-start');
    await page.waitForSelector('#train-alert:not([hidden])');
    expect(await text(page, '#train-alert-text')).toContain('Training stopped');
    expect(await page.locator('#train-retry').isVisible()).toBe(true);
    expect(await page.locator('#train-start').isEnabled()).toBe(true);
    await page.fill('#pad-index', '1');
    await page.press('#pad-index', 'Enter');
    await page.waitForFunction(() => document.querySelector('#pretrained-answer')!.textContent === 'Answer: 2');
    await page.close();
  });

  it.each([
    ['#train-epochs', '0', 'Epochs must be a number from 0.1 to 20'],
    ['#train-batch-size', '12.5', 'Batch size must be a whole number from 8 to 512'],
    ['#train-learning-rate', 'fast', 'Learning rate must be a number'],
  ])('%s = %j does not start training and says %j', async (selector, value, message) => {
    const { page } = await openPlayground();
    await page.fill(selector, value);
    await page.click('#train-start');
    expect(await text(page, '#train-alert-text')).toContain(message);
    expect(await page.locator('#train-pause').isDisabled()).toBe(true);
    expect(await page.inputValue(selector)).toBe(value);
    await page.close();
  });
});
