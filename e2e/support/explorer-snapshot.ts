import type { Page } from 'playwright-core';

/** Everything the explorer shows that describes a network, read in one pass over the page. */
export interface ExplorerSnapshot {
  readonly url: string;
  readonly historyLength: number;
  readonly table: { readonly caption: string; readonly rows: string[][]; readonly total: string[] };
  readonly totals: string;
  readonly sentence: string;
  readonly alertShown: boolean;
  /** The aria-labels of the layers in the architecture drawing on screen. */
  readonly diagram: string[];
  readonly matrixLines: string[];
  readonly sides: { readonly height: string; readonly width: string; readonly invalid: string[] };
  readonly selects: Record<string, string>;
  /** Each editor control's id and value (checkboxes as "true"/"false"). */
  readonly editor: Record<string, string>;
  readonly editorInvalid: string[];
  readonly train: { readonly href: string | null; readonly disabled: boolean };
  readonly weightsDisabled: boolean;
  readonly bars: { readonly names: string[]; readonly firstSeries: string[] };
  readonly text: string;
}

export function readExplorer(page: Page): Promise<ExplorerSnapshot> {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
    const cells = (row: Element) => [...row.children].map((cell) => cell.textContent.trim());
    // An SVG element has no offsetParent: whether it is shown is whether its wrapper is.
    const visible = (element: Element) => element.parentElement!.offsetParent !== null;
    const diagram = all('#explorer-architecture, #explorer-architecture-column').find(visible);
    const value = (control: HTMLInputElement | HTMLSelectElement) =>
      control instanceof HTMLInputElement && control.type === 'checkbox' ? String(control.checked) : control.value;
    const train = document.querySelector<HTMLAnchorElement>('#explorer-train-link')!;
    return {
      url: location.pathname + location.search,
      historyLength: history.length,
      table: {
        caption: document.querySelector('#explorer-table caption')!.textContent.trim(),
        rows: all('#explorer-table tbody tr').map(cells),
        total: all('#explorer-table tfoot tr').flatMap(cells),
      },
      totals: document.querySelector('#explorer-totals')!.textContent.replace(/\s+/g, ' ').trim(),
      sentence: document.querySelector('#explorer-sentence')!.textContent.trim(),
      alertShown: !document.querySelector<HTMLElement>('#explorer-alert')!.hidden,
      diagram: diagram
        ? [...diagram.querySelectorAll('a[data-layer]')].map((a) => a.getAttribute('aria-label') ?? '')
        : [],
      matrixLines: all('#explorer-tables p[aria-live]').map((p) => p.textContent.trim()),
      sides: {
        height: document.querySelector<HTMLInputElement>('#explorer-height')!.value,
        width: document.querySelector<HTMLInputElement>('#explorer-width')!.value,
        invalid: all('#explorer-form [aria-invalid="true"]').map((element) => element.id),
      },
      selects: Object.fromEntries(all('#explorer-form select').map((s) => [s.id, (s as HTMLSelectElement).value])),
      editor: Object.fromEntries(
        all('#explorer-layers [data-key]').map((c) => [c.id, value(c as HTMLInputElement | HTMLSelectElement)]),
      ),
      editorInvalid: all('#explorer-layers [aria-invalid="true"]').map((element) => element.id),
      train: { href: train.getAttribute('href'), disabled: train.getAttribute('aria-disabled') === 'true' },
      weightsDisabled: document.querySelector<HTMLButtonElement>('#explorer-weights')!.disabled,
      bars: {
        names: all('#breakdown-parameters text.breakdown-name').map((t) => t.textContent),
        firstSeries: all('#breakdown-parameters g.series-0 text').map((t) => t.textContent),
      },
      text: document.querySelector('main')!.innerText,
    };
  });
}
