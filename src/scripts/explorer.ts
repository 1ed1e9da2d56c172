import {
  analyze,
  analyzeUntilFailure,
  c3TableOf,
  DEFAULT_STATE,
  checkInputSize,
  describeChange,
  encodeC3Table,
  formatCount,
  layerNamed,
  layerTable,
  lenet5,
  optionsOf,
  parseExplorerState,
  parseSide,
  serializeExplorerState,
  type Analysis,
  type ExplorerState,
  type LenetError,
} from '../lib/lenet/index.ts';
import { drawC3Matrix } from '../lib/viz/index.ts';
import { findControls, readOverrides, showState } from './explorer-controls.ts';
import { exportAs, showCode } from './explorer-exports.ts';
import { weightsDownload } from './explorer-weights.ts';
import { drawBreakdowns, drawDiagram } from './explorer-figures.ts';
import { fillAlert, fillTable, fillTotals } from './explorer-view.ts';
import { required } from './dom.ts';
import { markScrollRegions } from './scroll-regions.ts';

/** The state without a custom C3 table. */
function withoutTable(state: ExplorerState): ExplorerState {
  return { input: state.input, variant: state.variant, overrides: state.overrides };
}

export function startExplorer(root: Document): void {
  const controls = findControls(root);
  const alert = required<HTMLElement>(root, '#explorer-alert');
  const sentence = required<HTMLElement>(root, '#explorer-sentence');
  const table = required<HTMLTableElement>(root, '#explorer-table');
  const totals = required<HTMLElement>(root, '#explorer-totals');
  const diagram = required<SVGSVGElement>(root, '#explorer-architecture');
  const details = required<HTMLElement>(root, '#explorer-layer-details');
  const matrix = required<HTMLTableElement>(root, '#c3-matrix');
  const c3Count = required<HTMLElement>(root, '#explorer-c3-count');
  const code = required<HTMLElement>(root, '#explorer-code');
  const trainLink = required<HTMLAnchorElement>(root, '#explorer-train-link');
  const showWeights = weightsDownload(
    required<HTMLButtonElement>(root, '#explorer-weights'),
    required<HTMLElement>(root, '#explorer-weights-status'),
  );
  const bars = [
    required<SVGSVGElement>(root, '#breakdown-parameters'),
    required<SVGSVGElement>(root, '#breakdown-connections'),
  ] as const;

  const initial = parseExplorerState(new URLSearchParams(location.search));
  let state: ExplorerState = initial.state;
  let shown: Analysis | undefined;
  let drawnTable = '';

  /** Draws `next` if it can be computed; otherwise says why and keeps the last figures. */
  /** Draws every figure for a state that can be computed. */
  const drawFigures = (figuresState: ExplorerState, analysis: Analysis, failure?: LenetError) => {
    shown = analysis;
    fillTable(table, layerTable(analysis, { receptive: true }), failure);
    fillTotals(totals, analysis.totals, failure ? analysis.layers.at(-1)!.name : undefined);
    const size = `${analysis.input.height}x${analysis.input.width}`;
    sentence.textContent = failure
      ? `At ${size} the network stops at ${failure.layer}: ${failure.message} Below are the layers before it, computed at ${size}.`
      : describeChange(analysis);
    drawDiagram(diagram, details, analysis, failure?.layer);
    drawBreakdowns(bars[0], bars[1], analysis);
    const c3 = layerNamed(analysis, 'C3');
    const currentTable = c3TableOf(figuresState);
    const tableKey = encodeC3Table(currentTable);
    const trainQuery = new URLSearchParams({ variant: figuresState.variant });
    if (figuresState.c3Table) trainQuery.set('c3table', tableKey);
    trainLink.href = `/playground/?${trainQuery.toString()}`;
    if (tableKey !== drawnTable) drawC3Matrix(matrix, currentTable, toggleCell);
    drawnTable = tableKey;
    if (c3) {
      c3Count.textContent = `C3: ${formatCount(c3.trainable)} parameters, ${formatCount(c3.connections)} connections; the network: ${formatCount(analysis.totals.trainable)} trainable parameters.`;
    }
    showCode(code, analysis);
    showWeights(analysis);
    requestAnimationFrame(() => markScrollRegions(root));
  };

  /**
   * Draws `next` if it can be computed; otherwise says why and keeps the last figures.
   * With no last figures yet (a bad link), the paper's network at 32x32 stands in, and says so.
   */
  const render = (next: ExplorerState, problems: readonly LenetError[] = [], typing?: HTMLElement) => {
    state = next;
    showState(controls, state, typing);
    const network = lenet5(optionsOf(state));
    const result = analyze(network, state.input);
    fillAlert(alert, result.ok ? problems : [...problems, result.error]);
    const partial = result.ok ? undefined : analyzeUntilFailure(network, state.input);
    if (result.ok) drawFigures(state, result.value);
    else if (partial?.analysis && partial.error.layer) drawFigures(state, partial.analysis, partial.error);
    else if (!shown) {
      const fallback = analyze(lenet5(optionsOf(DEFAULT_STATE)), DEFAULT_STATE.input);
      if (fallback.ok) drawFigures(DEFAULT_STATE, fallback.value);
      sentence.textContent = "Until the settings above can be computed, the figures show the paper's network at 32x32.";
    }
  };

  /**
   * Puts the state in the address: a new history entry for a finished change.
   * While a slider moves, the entry is replaced once the reader pauses, since
   * writing history on every step costs more than redrawing every figure.
   */
  let pending: ReturnType<typeof setTimeout> | undefined;
  const remember = (replace: boolean) => {
    clearTimeout(pending);
    const write = () => {
      const query = serializeExplorerState(state);
      const url = query ? `?${query}` : location.pathname;
      if (url === (location.search || location.pathname)) return;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    };
    if (replace) pending = setTimeout(write, 250);
    else write();
  };

  const toggleCell = (input: number, output: number) => {
    const next = c3TableOf(state).map((row, i) => row.map((cell, o) => (i === input && o === output ? !cell : cell)));
    render({ ...state, c3Table: next });
    remember(false);
  };

  const fromSides = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const name = target.dataset['side'] as 'height' | 'width';
    const parsed = parseSide(target.value, name);
    if (!parsed.ok) {
      fillAlert(alert, [parsed.error]);
      return;
    }
    const input = { ...state.input, [name]: parsed.value };
    if (!checkInputSize(input).ok) return;
    render({ ...state, input }, [], target);
    remember(event.type === 'input');
  };

  for (const side of Object.values(controls.sides)) {
    for (const control of [side.number, side.range]) {
      control.addEventListener('input', fromSides);
      control.addEventListener('change', fromSides);
    }
  }
  controls.form.addEventListener('submit', (event) => event.preventDefault());
  controls.form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    const variant = controls.variant.value === 'modern' ? 'modern' : 'paper';
    const keepTable = event.target !== controls.switches.c3 && state.c3Table ? { c3Table: state.c3Table } : {};
    render({ ...withoutTable(state), variant, overrides: readOverrides(controls, variant), ...keepTable });
    remember(false);
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-size]')) {
    button.addEventListener('click', () => {
      const side = Number(button.dataset['size']);
      render({ ...state, input: { height: side, width: side } });
      remember(false);
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-c3]')) {
    button.addEventListener('click', () => {
      const c3 = button.dataset['c3'] === 'full' ? 'full' : 'sparse';
      render({ ...withoutTable(state), overrides: { ...state.overrides, c3 } });
      remember(false);
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      if (shown) void exportAs(button.dataset['export'] ?? '', shown, diagram);
    });
  }
  window.addEventListener('popstate', () => {
    const parsed = parseExplorerState(new URLSearchParams(location.search));
    render(parsed.state, parsed.problems);
  });
  render(state, initial.problems);
}
