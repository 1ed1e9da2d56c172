/**
 * The bad-input corpus: malformed addresses, fields, C3 tables, settings, drawings and
 * data files. Each must give a message that says what was wrong, show no NaN,
 * undefined or Infinity, and leave the page working: after it, the explorer still
 * computes a new size and the playground still reads a test digit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { rowCells, settleField } from './support/explorer-table.ts';
import { strokeOnLinePad } from './support/line-pad.ts';
import { watchPage } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface BadInput {
  /** What the reader did wrong, as the test's name. */
  what: string;
  open: string;
  /** The reader's mistake, after the page has opened. */
  act?: (page: Page) => Promise<void>;
  /** Where the message appears, and what it must say. */
  shows: string;
  says: string | RegExp;
}

const C3_HEX_DIGITS = 24;
const enter = (selector: string, value: string) => async (page: Page) => {
  await page.fill(selector, value);
  await page.press(selector, 'Enter');
};
/** The SDNN's first reading, of the test string composed as its section comes into view. */
const firstLineReading = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('#line-figure')?.dataset['readings'] === '1', null, {
    timeout: 30_000,
  });
const train = (fields: Record<string, string>) => async (page: Page) => {
  for (const [name, value] of Object.entries(fields)) await page.fill(`#train-${name}`, value);
  await page.click('#train-start');
};
async function stroke(page: Page, points: [number, number][]): Promise<void> {
  await page.locator('#pad').scrollIntoViewIfNeeded();
  const pad = (await page.locator('#pad').boundingBox())!;
  const [first, ...rest] = points.map(([x, y]) => [pad.x + x * pad.width, pad.y + y * pad.height] as const);
  await page.mouse.move(...first!);
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...point, { steps: 3 });
  await page.mouse.up();
}
/** Serves the first `bytes` bytes of a data file as if they were all of it: a file cut short on the server. */
const truncate = (path: string, bytes: number) => async (page: Page) => {
  await page.route(`**${path}`, async (route) => {
    const whole = await (await route.fetch()).body();
    await route.fulfill({ contentType: 'application/octet-stream', body: whole.subarray(0, bytes) });
  });
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Each alert line is a sentence that names, in words, what it is about, and says what was wrong and what is allowed.
const NAMED: Record<string, string> = {
  input: 'height|width|input size',
  c3table: 'C3 table',
};
const naming = (where: string, message: string) =>
  new RegExp(`^(?=[\\s\\S]*(?:${NAMED[where] ?? escaped(where)}))[\\s\\S]*${escaped(message)}`);
const explorer: BadInput[] = [
  ['?input=28', 'C5', 'C5 needs at least 5x5 input but gets 4x4 (input 28x28).'],
  ['?input=abc', 'input', '"abc" is not an input size.'],
  ['?input=-3', 'input', 'must be at least 1 pixel'],
  ['?input=0x0', 'input', 'must be at least 1 pixel'],
  ['?input=9999', 'input', 'can be at most 512 pixels'],
  ['?input=1e3', 'input', 'can be at most 512 pixels'],
  ['?input=32.5', 'input', 'must be a whole number of pixels'],
  ['?input=', 'input', 'The input size is empty'],
  ['?input=32x', 'input', '"32x" is not an input size'],
  ['?input=36x36x3', 'input', 'is not an input size'],
  ['?input=NaN', 'input', '"NaN" is not an input size'],
  ['?input=Infinity', 'input', '"Infinity" is not an input size'],
  ['?input=%3Cscript%3Ealert(1)%3C/script%3E', 'input', 'is not an input size'],
  ['?variant=lenet7', 'variant', 'use "paper" or "modern"'],
  ['?variant=', 'variant', 'use "paper" or "modern"'],
  ['?c3=half&input=36', 'c3', 'use "sparse" or "full"'],
  ['?subsampling=max', 'subsampling', 'use "trainable" or "average"'],
  ['?output=sigmoid', 'output', 'use "rbf" or "softmax"'],
  ['?head=global', 'head', 'use "convolutional" or "flatten"'],
  ['?c3table=xyz', 'c3table', `it takes ${C3_HEX_DIGITS} hexadecimal digits`],
  [`?c3table=${'f'.repeat(C3_HEX_DIGITS - 1)}`, 'c3table', `it takes ${C3_HEX_DIGITS} hexadecimal digits`],
  [`?c3table=${'f'.repeat(C3_HEX_DIGITS + 1)}`, 'c3table', `it takes ${C3_HEX_DIGITS} hexadecimal digits`],
].map(([query, where, message]) => ({
  what: `the address /explorer/${query}`,
  open: `/explorer/${query}`,
  // A valid address of a network that stops is no bad address: its failure is said in the failing layer's row.
  shows: query === '?input=28' ? '#explorer-table tr.failed' : '#explorer-alert',
  says: naming(where!, message!),
}));

const explorerFields: BadInput[] = [
  ['height', '', 'The height is empty'],
  ['height', '0', 'at least 1 pixel'],
  ['height', '-5', 'at least 1 pixel'],
  ['width', '513', 'at most 512'],
  ['width', '2.5', 'whole number'],
  ['width', '1e9', 'at most 512'],
  ['height', '28', 'C5 needs at least 5x5 input'],
].map(([side, value, says]) => ({
  what: `the explorer's ${side} field set to "${value}"`,
  open: '/explorer/',
  act: async (page: Page) => settleField(page, `#explorer-${side}`, value!),
  // A value the field cannot take is explained under the size fields; a size the network cannot take, in its table.
  shows: value === '28' ? '#explorer-table tr.failed' : '#explorer-size-error',
  says: says!,
}));

const playground: BadInput[] = [
  ...[
    [{ epochs: '0' }, 'Epochs must be a number from 0.1 to 20'],
    [{ epochs: 'many' }, 'Epochs must be a number'],
    [{ epochs: '100' }, 'Epochs must be a number from 0.1 to 20'],
    [{ epochs: '' }, 'Epochs'],
    [{ epochs: 'Infinity' }, 'Epochs must be a number'],
    [{ 'batch-size': '12.5' }, 'Batch size must be a whole number from 8 to 512'],
    [{ 'batch-size': '0' }, 'Batch size must be a whole number from 8 to 512'],
    [{ 'batch-size': '100000' }, 'Batch size must be a whole number from 8 to 512'],
    [{ 'learning-rate': 'fast' }, 'Learning rate must be a number'],
    [{ 'learning-rate': '0' }, 'Learning rate must be a number'],
    [{ 'learning-rate': '-0.01' }, 'Learning rate must be a number'],
    [{ 'learning-rate': '5' }, 'Learning rate must be a number'],
    [{ 'learning-rate': 'NaN' }, 'Learning rate must be a number'],
    [{ epochs: '0', 'batch-size': 'x', 'learning-rate': '' }, /Epochs[\s\S]*Batch size[\s\S]*Learning rate/],
  ].map(([fields, says]) => ({
    what: `the training settings ${JSON.stringify(fields)}`,
    open: '/playground/?seed=1',
    act: train(fields as Record<string, string>),
    shows: '#train-alert-text',
    says: says as string | RegExp,
  })),
  {
    what: 'the address ?variant=lenet7',
    open: '/playground/?variant=lenet7',
    shows: '#train-alert-text',
    says: 'use "paper" or "modern"',
  },
  {
    what: 'the address ?c3table=zzz',
    open: '/playground/?c3table=zzz',
    shows: '#train-alert-text',
    says: 'is not a C3 table',
  },
  {
    what: 'the address ?variant=paper&variant=modern',
    open: '/playground/?variant=paper&variant=modern',
    shows: '#train-alert-text',
    says: 'variant is given 2 times',
  },
  {
    what: 'a linked network too large to train',
    open: '/playground/?input=150&head=flatten',
    shows: '#train-network-hint',
    says: 'the playground trains networks of at most 2,000,000',
  },
  {
    what: 'the address ?seed=abc',
    open: '/playground/?seed=abc',
    act: (page) => page.locator('#pad').scrollIntoViewIfNeeded(),
    shows: '#runtime-status',
    says: 'not repeatable',
  },
  ...['12345', '-1', 'seven', '3.5', ''].map((value) => ({
    what: `the test digit number "${value}"`,
    open: '/playground/?seed=1',
    act: enter('#pad-index', value),
    shows: '#pad-index-error',
    says: 'give a whole number from 0 to 9,999',
  })),
  {
    what: 'an empty wide pad',
    open: '/playground/?seed=1#wide-heading',
    act: async (page) => {
      await firstLineReading(page);
      await page.click('#line-clear');
    },
    shows: '#line-message',
    says: 'The wide pad is empty: there is nothing to read.',
  },
  {
    what: 'a dash across the whole wide pad',
    open: '/playground/?seed=1#wide-heading',
    act: async (page) => {
      await firstLineReading(page);
      await page.click('#line-clear');
      await strokeOnLinePad(page, [
        [0.01, 0.5],
        [0.99, 0.5],
      ]);
    },
    shows: '#line-message',
    says: /this line is \d+ pixels wide; the SDNN here reads lines of at most 512 pixels \(about 20 digits\)/,
  },
  {
    what: "the SDNN's model missing from the server",
    open: '/playground/?seed=1',
    act: async (page) => {
      await page.route('**/models/sdnn/weights.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.locator('#line-pad').scrollIntoViewIfNeeded();
    },
    shows: '#line-message',
    says: /^Reading the line failed: Could not load the model at .+: HTTP 404\. Reload the page to try again\.$/,
  },
  {
    what: 'a test string whose largest gap is 9 pixels',
    open: '/playground/?seed=1',
    act: enter('#line-gap-max', '9'),
    shows: '#line-form-error',
    says: 'Gaps run from -4 to 8 whole pixels, the smaller first; got -1 to 9.',
  },
  {
    what: 'a test string with noise "some"',
    open: '/playground/?seed=1',
    act: enter('#line-noise', 'some'),
    shows: '#line-form-error',
    says: 'The noise "some" is not a number: give a share of the pixels from 0 to 0.1.',
  },
  {
    what: 'a dot on the pad',
    open: '/playground/?seed=1',
    act: (page) =>
      stroke(page, [
        [0.5, 0.5],
        [0.51, 0.51],
      ]),
    shows: '#pad-message',
    says: /The mark is \d+ pixels across; draw the digit at least \d+ pixels tall/,
  },
  {
    what: 'a scribble over the whole pad',
    open: '/playground/?seed=1',
    act: (page) =>
      stroke(
        page,
        Array.from({ length: 24 }, (_, i) => [i % 2 === 0 ? 0.05 : 0.95, 0.05 + (0.9 * i) / 23] as [number, number]),
      ),
    shows: '#pad-message',
    says: /looks like a scribble rather than one digit, so the prediction is a guess/,
  },
  {
    what: 'a truncated file of test digits',
    open: '/playground/?seed=1',
    act: async (page) => {
      await truncate('/data/test-images.idx.gzip', 50_000)(page);
      await enter('#pad-index', '3')(page);
    },
    shows: '#runtime-status',
    // The first test string, composed as its pad comes into view, or the picked digit: whichever asks first.
    says: /(Composing a test string|Loading the test digits) failed: MNIST test images is damaged: [^.]+\. Reload the page to try again\./,
  },
  {
    what: 'training with the network off before the digits were ever stored',
    open: '/playground/?seed=1',
    act: async (page) => {
      await page.route('**/data/train-*', (route) => route.abort('internetdisconnected'));
      await train({ epochs: '0.1' })(page);
    },
    shows: '#train-alert-text',
    says: /Could not download MNIST train (images|labels) \(.+\)\. If the network is off: .+ try once more\./,
  },
  {
    what: 'a truncated file of training digits',
    open: '/playground/?seed=1',
    act: async (page) => {
      await truncate('/data/train-images.idx.gzip', 100_000)(page);
      await train({ epochs: '0.1' })(page);
    },
    shows: '#train-alert-text',
    says: /Training stopped: .+/,
  },
];

const UNREADABLE = /\bNaN\b|\bundefined\b|\bInfinity\b/;

/** The page's text with what the reader typed taken out: quoting their own input back is fine. */
async function shownText(page: Page, typed: readonly string[]): Promise<string> {
  let text = await page.locator('body').innerText();
  for (const value of typed) if (value) text = text.replaceAll(value, '');
  return text;
}

async function explorerStillWorks(page: Page): Promise<void> {
  await settleField(page, '#explorer-height', '36');
  await settleField(page, '#explorer-width', '36');
  await expect.poll(async () => (await rowCells(page, 'C5'))[0]).toBe('120x2x2');
}

async function playgroundStillWorks(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await enter('#pad-index', '0')(page);
  // Test digit 0 is a 7, which the pretrained network reads.
  await expect.poll(() => page.locator('#pad').getAttribute('data-answer'), { timeout: 30_000 }).toBe('7');
}

const corpus = [...explorer, ...explorerFields, ...playground];

describe('the bad-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus)(
    '$what: a clear message, nothing unreadable, and the page keeps working',
    async ({ open, act, shows, says }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const watch = watchPage(page);
      await page.goto(BASE_URL + open);
      await act?.(page);
      const message = page.locator(shows);
      await expect.poll(async () => (await message.textContent()) ?? '', { timeout: 30_000 }).toMatch(says);
      expect(await message.isVisible()).toBe(true);
      const typed = [
        decodeURIComponent(open.split('=').slice(1).join('=')),
        ...(await page
          .locator('input')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))),
      ];
      expect(await shownText(page, typed)).not.toMatch(UNREADABLE);
      await (open.startsWith('/explorer/') ? explorerStillWorks(page) : playgroundStillWorks(page));
      expect(await shownText(page, typed)).not.toMatch(UNREADABLE);
      expect(watch.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
