import {
  addLayer,
  analyze,
  analyzeUntilFailure,
  c3TableOf,
  DEFAULT_STATE,
  editLayer,
  fitTables,
  entryOf,
  mapsPerLayer,
  parseExplorerState,
  removeLayer,
  specOf,
  toggleLink,
  type ExplorerState,
  type LenetError,
  type NetworkSpec,
} from '../lib/lenet/index.ts';
import { addressKeeper } from './explorer-address.ts';
import { stagedWork } from './staged-work.ts';
import { afterC3Cell } from './explorer-intents.ts';
import { listenToControls } from './explorer-listeners.ts';
import { findControls, showState } from './explorer-controls.ts';
import { exportAs } from './explorer-exports.ts';
import { layerEditor } from './explorer-layers.ts';
import { tablesOf, tablesView, type ShownTable } from './explorer-tables.ts';
import { fillAlert } from './explorer-view.ts';
import { figuresView } from './explorer-figures-view.ts';
import { required } from './dom.ts';

/** The tables the page lets the reader edit: LeNet-5's C3 always (full or not), any network's tables otherwise. */
function editableTables(state: ExplorerState, network: NetworkSpec): ShownTable[] {
  if (state.custom || state.network !== 'lenet5') return tablesOf(network);
  return [{ index: 3, from: 'S2', to: 'C3', matrix: c3TableOf(state) }];
}

export function startExplorer(root: Document): void {
  const controls = findControls(root);
  const figures = figuresView(root);
  const alert = required(root, '#explorer-alert');
  const unedit = required<HTMLButtonElement>(root, '#explorer-unedit');
  const lenet5Buttons = required(root, '#explorer-c3-buttons');
  const remember = addressKeeper();
  // The figures are drawn at once; the layer form and the connection grids, further down, one task at a time.
  const now = (job: () => void) => job();
  const later = stagedWork(() => (root.documentElement.dataset['explorer'] = 'ready'));

  const initial = parseExplorerState(new URLSearchParams(location.search));
  let state: ExplorerState = initial.state;
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
    const result = analyze(network, state.input);
    const error = result.ok ? undefined : result.error;
    fillAlert(alert, error ? [...(options.problems ?? []), error] : (options.problems ?? []));
    later(() => {
      editor.show(network, mapsPerLayer(network), options.typing);
      editor.showError(error);
    });
    later(() => showTables(editableTables(state, network), result.ok ? result.value : figures.shown));
    if (result.ok) {
      figures.draw(state, result.value, undefined, now);
      return;
    }
    if (options.edit && figures.shown) return;
    const partial = analyzeUntilFailure(network, state.input);
    if (partial?.analysis && partial.error.layer) {
      figures.draw(state, partial.analysis, partial.error, now);
      return;
    }
    if (figures.shown) return;
    const fallback = analyze(specOf(DEFAULT_STATE), DEFAULT_STATE.input);
    if (fallback.ok) figures.draw(DEFAULT_STATE, fallback.value, undefined, now);
    figures.say("Until the settings above can be computed, the figures show the paper's network at 32x32.");
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

  listenToControls(root, controls, {
    state: () => state,
    commit,
    problem: (problem) => fillAlert(alert, [problem]),
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      if (figures.shown) void exportAs(button.dataset['export'] ?? '', figures.shown, figures.diagram);
    });
  }
  window.addEventListener('popstate', () => {
    const parsed = parseExplorerState(new URLSearchParams(location.search));
    render(parsed.state, { problems: parsed.problems });
  });
  render(state, { problems: initial.problems });
}
