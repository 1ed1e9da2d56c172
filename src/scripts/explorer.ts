import {
  analyze,
  layerTable,
  lenet5,
  parseExplorerState,
  serializeExplorerState,
  switchesOf,
  type LenetError,
} from '../lib/lenet/index.ts';
import { fillAlert, fillTable, fillTotals } from './explorer-view.ts';

const FIELDS = ['input', 'variant', 'c3', 'subsampling', 'output', 'head'] as const;

function required<T extends Element>(root: Document, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The explorer page lacks ${selector}.`);
  return element;
}

/** Shows the URL's settings in the form, as typed, so a bad value can be corrected rather than retyped. */
function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of FIELDS) {
    const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!control) continue;
    const value = params.get(name);
    if (control instanceof HTMLSelectElement) {
      const known = [...control.options].some((option) => option.value === value);
      control.value = value !== null && known ? value : (control.options[0]?.value ?? '');
    } else {
      control.value = value ?? '32';
    }
  }
}

export function startExplorer(root: Document): void {
  const form = required<HTMLFormElement>(root, '#explorer-form');
  const alert = required<HTMLElement>(root, '#explorer-alert');
  const result = required<HTMLElement>(root, '#explorer-result');
  const table = required<HTMLTableElement>(root, '#explorer-table');
  const totals = required<HTMLElement>(root, '#explorer-totals');

  const render = (params: URLSearchParams) => {
    fillForm(form, params);
    const { state, problems } = parseExplorerState(params);
    const analysis = analyze(lenet5(switchesOf(state)), state.input);
    const all: LenetError[] = analysis.ok ? [...problems] : [...problems, analysis.error];
    fillAlert(alert, all);
    result.hidden = !analysis.ok;
    if (!analysis.ok) return;
    fillTable(table, layerTable(analysis.value));
    fillTotals(totals, analysis.value.totals);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      // An emptied size field is kept, so that the reader is told rather than silently reset.
      if (typeof value === 'string' && (name === 'input' || value !== '')) params.set(name, value.trim());
    }
    const parsed = parseExplorerState(params);
    const query = parsed.problems.length === 0 ? serializeExplorerState(parsed.state) : params.toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    render(new URLSearchParams(query));
  });
  window.addEventListener('popstate', () => render(new URLSearchParams(location.search)));
  render(new URLSearchParams(location.search));
}
