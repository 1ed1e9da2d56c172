import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../src/lib/mnist/dataset.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { ACTIONS } from './support/explorer-actions.ts';
import { expectShowsAddress } from './support/explorer-oracle.ts';
import { readExplorer } from './support/explorer-snapshot.ts';
import { watchPage } from './support/page-watch.ts';
import { BASE_URL } from './support/server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openExplorer(width: number, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width > 600 ? 800 : 844 }, hasTouch: width < 600 });
  await page.goto(`${BASE_URL}/explorer/${query}`);
  await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
  return page;
}

describe('a seeded random sequence of actions on the explorer', () => {
  it.each([
    [1280, 1, 45],
    [390, 2, 30],
  ])(
    'at %i px (seed %i, %i actions): every count, shape and sentence describes the network in the address, which changes only on a settled, valid value, one history entry per change',
    async (width, seed, steps) => {
      const page = await openExplorer(width);
      const watch = watchPage(page);
      const random = seededRandom(seed);
      const first = await readExplorer(page);
      expectShowsAddress(first);
      // The address of each history entry this session made, and which one is shown.
      const entries = [first.url];
      let at = 0;
      const base = first.historyLength - 1;
      const done: string[] = [];
      // Fields holding text they refused: a draft stays, marked, until another state is drawn.
      let drafts: string[] = [];
      for (let step = 0; step < steps; step++) {
        const possible = [];
        for (const action of ACTIONS)
          if (!action.possible || (await action.possible(page, { at, length: entries.length }))) possible.push(action);
        const action = possible[Math.floor(random() * possible.length)]!;
        done.push(action.name);
        const outcome = await action.run(page, random);
        const context = `after: ${done.join(' / ')}`;
        if (outcome.kind === 'back') at -= 1;
        if (outcome.kind === 'forward') at += 1;
        if (outcome.kind === 'back' || outcome.kind === 'forward')
          await page.waitForFunction((url) => location.pathname + location.search === url, entries[at]!);
        const shown = await readExplorer(page);
        if (outcome.kind === 'commit' && shown.url !== entries[at]) {
          entries.splice(at + 1, entries.length, shown.url);
          at += 1;
        }
        expect(shown.url, context).toBe(entries[at]);
        expect(shown.historyLength, `${context}: one history entry per settled change`).toBe(base + entries.length);
        if (outcome.kind === 'refused') drafts = [...new Set([...drafts, ...outcome.drafts])];
        else if (outcome.kind !== 'none') drafts = [];
        for (const id of drafts)
          expect([...shown.sides.invalid, ...shown.editorInvalid], `${context}: ${id} is marked`).toContain(id);
        expectShowsAddress(shown, drafts, context);
      }
      expect(watch.errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
