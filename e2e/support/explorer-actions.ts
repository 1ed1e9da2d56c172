import type { Page } from 'playwright-core';
import { settleField } from './explorer-table.ts';

/** What an action did to the address: settled a new state (maybe the same), left it as it was, or moved in history. */
export type Outcome =
  | { readonly kind: 'commit' }
  | { readonly kind: 'refused'; readonly drafts: readonly string[] }
  | { readonly kind: 'back' | 'forward' | 'reload' }
  /** The control was disabled: nothing happened. */
  | { readonly kind: 'none' };

export interface Action {
  readonly name: string;
  /** Whether the action can be taken on the page as it is now. */
  readonly possible?: (page: Page, history: { at: number; length: number }) => Promise<boolean>;
  readonly run: (page: Page, random: () => number) => Promise<Outcome>;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const commit: Outcome = { kind: 'commit' };
const SIDES = ['#explorer-height', '#explorer-width'];
const ready = (page: Page) => page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });

/** Every kind of thing a reader does on the explorer, for seeded random sequences. */
export const ACTIONS: readonly Action[] = [
  {
    name: 'types a size and presses Enter',
    run: async (page, random) => {
      await settleField(page, pick(random, SIDES), String(1 + Math.floor(random() * 70)));
      return commit;
    },
  },
  {
    name: 'types a size the field refuses',
    run: async (page, random) => {
      const side = pick(random, SIDES);
      await settleField(page, side, pick(random, ['513', '2.5', '1e9', '', '-3', '0', '600']));
      return { kind: 'refused', drafts: [side.slice(1)] };
    },
  },
  {
    name: 'types "513" a key at a time, which passes through 5 and 51',
    run: async (page, random) => {
      const side = pick(random, SIDES);
      await page.fill(side, '');
      await page.locator(side).pressSequentially('513', { delay: 40 });
      await page.waitForTimeout(1000);
      return { kind: 'refused', drafts: [side.slice(1)] };
    },
  },
  {
    name: 'types a size, pauses, and leaves the field',
    run: async (page, random) => {
      const side = pick(random, SIDES);
      await page.fill(side, String(20 + Math.floor(random() * 50)));
      await page.waitForTimeout(1000);
      await page.locator(side).blur();
      return commit;
    },
  },
  {
    name: 'presses a size button',
    run: async (page, random) => {
      await page.click(`button[data-size="${pick(random, [28, 32, 36, 64])}"]`);
      return commit;
    },
  },
  {
    name: 'drags the width slider',
    run: async (page, random) => {
      const slider = page.locator('#explorer-width-range');
      await slider.fill(String(24 + Math.floor(random() * 40)));
      await slider.blur();
      return commit;
    },
  },
  {
    name: "flips one of LeNet-5's switches",
    possible: (page) => page.locator('#explorer-lenet5-options').isVisible(),
    run: async (page, random) => {
      const name = pick(random, ['variant', 'c3', 'subsampling', 'output', 'head']);
      // The preset's own value is offered once, as "As the preset", its twin disabled.
      const values = await page.$$eval(`#explorer-${name} option:not([disabled])`, (options) =>
        options.map((option) => (option as HTMLOptionElement).value),
      );
      await page.selectOption(`#explorer-${name}`, pick(random, values));
      return commit;
    },
  },
  {
    name: 'picks another network',
    run: async (page, random) => {
      const values = await page.$$eval('#explorer-network option', (options) =>
        options.map((option) => (option as HTMLOptionElement).value),
      );
      await page.selectOption('#explorer-network', pick(random, values));
      return commit;
    },
  },
  {
    name: "sets a layer's number field",
    run: async (page, random) => {
      const fields = await page.$$eval('#explorer-layers input[type="number"]', (inputs) =>
        inputs.map((input) => ({
          id: input.id,
          min: Number((input as HTMLInputElement).min),
          max: Number((input as HTMLInputElement).max),
        })),
      );
      const field = pick(random, fields);
      const span = Math.min(8, field.max - field.min + 1);
      await settleField(page, `#${field.id}`, String(field.min + Math.floor(random() * span)));
      return commit;
    },
  },
  {
    name: "types a value a layer's field refuses",
    run: async (page, random) => {
      const fields = await page.$$eval('#explorer-layers input[type="number"]', (inputs) => inputs.map((i) => i.id));
      const id = pick(random, fields);
      await settleField(page, `#${id}`, pick(random, ['-1', '1e9', '2.5', '', '99999999']));
      return { kind: 'refused', drafts: [id] };
    },
  },
  {
    name: 'changes a choice of a layer',
    run: async (page, random) => {
      const selects = await page.$$eval('#explorer-layers select[data-key]', (all) => all.map((s) => s.id));
      const id = pick(random, selects);
      const values = await page.$$eval(`#${id} option`, (options) =>
        options.map((o) => (o as HTMLOptionElement).value),
      );
      await page.selectOption(`#${id}`, pick(random, values));
      return commit;
    },
  },
  {
    name: 'adds a layer',
    run: async (page, random) => {
      const sets = await page.locator('#explorer-layers fieldset').count();
      const index = Math.floor(random() * sets);
      const kinds = await page.$$eval(`#edit-${index}-add-kind option`, (o) =>
        o.map((x) => (x as HTMLOptionElement).value),
      );
      await page.selectOption(`#edit-${index}-add-kind`, pick(random, kinds));
      const add = page.locator(`#explorer-layers fieldset >> nth=${index}`).getByRole('button', { name: /^Add after/ });
      if (!(await add.isEnabled())) return { kind: 'none' };
      await add.click();
      return commit;
    },
  },
  {
    name: 'removes a layer',
    possible: async (page) => (await page.getByRole('button', { name: /^Remove / }).count()) > 0,
    run: async (page, random) => {
      const removes = page.getByRole('button', { name: /^Remove / });
      const count = await removes.count();
      const button = removes.nth(Math.floor(random() * count));
      if (!(await button.isEnabled())) return { kind: 'none' };
      await button.click();
      return commit;
    },
  },
  {
    name: 'presses a cell of a connection table',
    possible: async (page) => (await page.locator('#explorer-tables table button').count()) > 0,
    run: async (page, random) => {
      const cells = page.locator('#explorer-tables table button');
      await cells.nth(Math.floor(random() * (await cells.count()))).click();
      return commit;
    },
  },
  {
    name: 'undoes every edit',
    possible: (page) => page.locator('#explorer-unedit').isVisible(),
    run: async (page) => {
      await page.click('#explorer-unedit');
      return commit;
    },
  },
  {
    name: 'goes back',
    possible: (_, history) => Promise.resolve(history.at > 0),
    run: async (page) => {
      await page.goBack();
      return { kind: 'back' };
    },
  },
  {
    name: 'goes forward',
    possible: (_, history) => Promise.resolve(history.at < history.length - 1),
    run: async (page) => {
      await page.goForward();
      return { kind: 'forward' };
    },
  },
  {
    name: 'reloads',
    run: async (page) => {
      await page.reload();
      await ready(page);
      return { kind: 'reload' };
    },
  },
];
