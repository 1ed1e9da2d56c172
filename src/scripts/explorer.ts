import {
  addLayer,
  analyze,
  analyzeUntilFailure,
  c3TableOf,
  DEFAULT_STATE,
  describeChange,
  editLayer,
  fitTables,
  entryOf,
  layerTable,
  mapsPerLayer,
  parseExplorerState,
  removeLayer,
  serializeExplorerState,
  specOf,
  toggleLink,
  type Analysis,
  type ExplorerState,
  type LenetError,
  type NetworkSpec,
} from '../lib/lenet/index.ts';
import { addressKeeper } from './explorer-address.ts';
import { afterC3Button, afterC3Cell, afterSelect, afterSide, afterSquareSize, unedited } from './explorer-intents.ts';
import { findControls, showState } from './explorer-controls.ts';
import { exportAs, showCode } from './explorer-exports.ts';
import { drawBreakdowns, drawDiagram } from './explorer-figures.ts';
import { layerEditor } from './explorer-layers.ts';
import { tablesOf, tablesView, type ShownTable } from './explorer-tables.ts';
import { fillAlert, fillTable, fillTotals } from './explorer-view.ts';
import { weightsDownload } from './explorer-weights.ts';
import { required } from './dom.ts';
import { markScrollRegions } from './scroll-regions.ts';

/** The tables the page lets the reader edit: LeNet-5's C3 always (full or not), any network's tables otherwise. */
function editableTables(state: ExplorerState, network: NetworkSpec): ShownTable[] {
  if (state.custom || state.network !== 'lenet5') return tablesOf(network);
  return [{ index: 3, from: 'S2', to: 'C3', matrix: c3TableOf(state) }];
}

function findFigures(root: Document) {
  return {
    alert: required(root, '#explorer-alert'),
    sentence: required(root, '#explorer-sentence'),
    table: required<HTMLTableElement>(root, '#explorer-table'),
    totals: required(root, '#explorer-totals'),
    diagram: required<SVGSVGElement>(root, '#explorer-architecture'),
    details: required(root, '#explorer-layer-details'),
    code: required(root, '#explorer-code'),
    trainLink: required<HTMLAnchorElement>(root, '#explorer-train-link'),
    bars: [
      required<SVGSVGElement>(root, '#breakdown-parameters'),
      required<SVGSVGElement>(root, '#breakdown-connections'),
    ] as const,
  };
}

export function startExplorer(root: Document): void {
  const controls = findControls(root);
  const figures = findFigures(root);
  const showWeights = weightsDownload(
    required<HTMLButtonElement>(root, '#explorer-weights'),
    required(root, '#explorer-weights-status'),
  );
  const unedit = required<HTMLButtonElement>(root, '#explorer-unedit');
  const lenet5Buttons = required(root, '#explorer-c3-buttons');
  const remember = addressKeeper();

  const initial = parseExplorerState(new URLSearchParams(location.search));
  let state: ExplorerState = initial.state;
  let shown: Analysis | undefined;

  const drawFigures = (figuresState: ExplorerState, analysis: Analysis, failure?: LenetError) => {
    shown = analysis;
    fillTable(figures.table, layerTable(analysis, { receptive: true }), failure);
    fillTotals(figures.totals, analysis.totals, failure ? analysis.layers.at(-1)!.name : undefined);
    const size = `${analysis.input.height}x${analysis.input.width}`;
    figures.sentence.textContent = failure
      ? `At ${size} the network stops at ${failure.layer}: ${failure.message} Below are the layers before it, computed at ${size}.`
      : describeChange(analysis);
    drawDiagram(figures.diagram, figures.details, analysis, failure?.layer);
    drawBreakdowns(figures.bars[0], figures.bars[1], figuresState, analysis);
    figures.trainLink.href = `/playground/?${serializeExplorerState(figuresState)}`;
    showCode(figures.code, analysis);
    showWeights(analysis);
    requestAnimationFrame(() => markScrollRegions(root));
  };

  /**
   * Draws `next` if it can be computed. If not: after an edit, the figures keep
   * their last valid state and the problem is shown next to the field; otherwise
   * the layers before the failing one are drawn, and with nothing drawn yet the
   * paper's network stands in, and says so.
   */
  const render = (
    next: ExplorerState,
    options: { problems?: readonly LenetError[]; typing?: HTMLElement | undefined; edit?: boolean } = {},
  ) => {
    state = next;
    const network = specOf(state);
    showState(controls, state, options.typing);
    unedit.hidden = !state.custom;
    unedit.textContent = `Undo every edit: back to ${entryOf(state.network).label}`;
    lenet5Buttons.hidden = state.network !== 'lenet5' || state.custom !== undefined;
    editor.show(network, mapsPerLayer(network), options.typing);
    const result = analyze(network, state.input);
    const error = result.ok ? undefined : result.error;
    fillAlert(figures.alert, error ? [...(options.problems ?? []), error] : (options.problems ?? []));
    editor.showError(error);
    showTables(editableTables(state, network), result.ok ? result.value : shown);
    if (result.ok) {
      drawFigures(state, result.value);
      return;
    }
    if (options.edit && shown) return;
    const partial = analyzeUntilFailure(network, state.input);
    if (partial?.analysis && partial.error.layer) {
      drawFigures(state, partial.analysis, partial.error);
      return;
    }
    if (shown) return;
    const fallback = analyze(specOf(DEFAULT_STATE), DEFAULT_STATE.input);
    if (fallback.ok) drawFigures(DEFAULT_STATE, fallback.value);
    figures.sentence.textContent =
      "Until the settings above can be computed, the figures show the paper's network at 32x32.";
  };

  /** Draws a new state and writes it in the address. */
  const commit = (next: ExplorerState, options: { typing?: HTMLElement; replace?: boolean } = {}) => {
    render(next, { typing: options.typing });
    remember(state, options.replace ?? false);
  };

  /** Any change to a layer makes the network an edited one, kept whole in the address. */
  const edit = (change: (network: NetworkSpec) => NetworkSpec, typing?: HTMLElement) => {
    const custom = { ...fitTables(change(specOf(state))), name: `${entryOf(state.network).label}, edited` };
    render({ ...state, custom }, { typing, edit: true });
    remember(state, typing !== undefined && typing instanceof HTMLInputElement && typing.type !== 'checkbox');
  };

  const editor = layerEditor(required(root, '#explorer-layers'), {
    onChange: (index, layer, control) => edit((network) => editLayer(network, index, () => layer), control),
    onAdd: (after, kind) => edit((network) => addLayer(network, after, kind)),
    onRemove: (index) => edit((network) => removeLayer(network, index)),
  });

  const showTables = tablesView(required(root, '#explorer-tables'), (index, input, output) => {
    if (!state.custom && state.network === 'lenet5') {
      commit(afterC3Cell(state, input, output));
      return;
    }
    edit((network) =>
      editLayer(network, index, (layer) =>
        layer.kind === 'convolution' && layer.connections.type === 'table'
          ? { ...layer, connections: { type: 'table', matrix: toggleLink(layer.connections.matrix, input, output) } }
          : layer,
      ),
    );
  });

  const fromSides = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const { next, problem } = afterSide(state, control);
    if (problem) fillAlert(figures.alert, [problem]);
    if (next) commit(next, { typing: control, replace: event.type === 'input' });
  };
  for (const side of Object.values(controls.sides)) {
    for (const control of [side.number, side.range]) {
      control.addEventListener('input', fromSides);
      control.addEventListener('change', fromSides);
    }
  }
  controls.form.addEventListener('submit', (event) => event.preventDefault());
  controls.form.addEventListener('change', (event) => {
    const next = event.target instanceof HTMLSelectElement ? afterSelect(controls, state, event.target) : undefined;
    if (next) commit(next);
  });
  unedit.addEventListener('click', () => commit(unedited(state)));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-size]'))
    button.addEventListener('click', () => commit(afterSquareSize(state, Number(button.dataset['size']))));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-c3]'))
    button.addEventListener('click', () =>
      commit(afterC3Button(state, button.dataset['c3'] === 'full' ? 'full' : 'sparse')),
    );
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      if (shown) void exportAs(button.dataset['export'] ?? '', shown, figures.diagram);
    });
  }
  window.addEventListener('popstate', () => {
    const parsed = parseExplorerState(new URLSearchParams(location.search));
    render(parsed.state, { problems: parsed.problems });
  });
  render(state, { problems: initial.problems });
}
