import {
  addLayer,
  editLayer,
  entryOf,
  fitTables,
  parseExplorerState,
  removeLayer,
  specOf,
  toggleLink,
  type ExplorerState,
  type LenetError,
  type NetworkSpec,
} from '../../lib/lenet/index.ts';
import { required } from '../dom.ts';
import { stagedWork } from '../staged-work.ts';
import { addressWriter } from './address.ts';
import { findControls } from './controls.ts';
import { exportAs } from './exports.ts';
import { afterC3Cell } from './intents.ts';
import { layerEditor } from './layers.ts';
import { listenToControls } from './listeners.ts';
import { pageView } from './page-view.ts';
import { tablesView } from './tables.ts';

const stateInAddress = () => parseExplorerState(new URLSearchParams(location.search));

/**
 * The explorer keeps one state, the settled network that the address holds.
 * Every action settles a new state, which is drawn whole and written in the
 * address as one history entry; Back and Forward draw the state they reach.
 */
export function startExplorer(root: Document): void {
  const controls = findControls(root);
  const address = addressWriter();
  // The table, totals and sentence are drawn at once; the drawing, bars, code, form and grids one task each on the
  // first render (so that no task blocks the page for long), and at once after it.
  const later = stagedWork(() => (root.documentElement.dataset['explorer'] = 'ready'));
  const initial = stateInAddress();
  let state: ExplorerState = initial.state;

  const commit = (next: ExplorerState, options: { from?: HTMLElement } = {}) => {
    state = next;
    view.show(state, { keep: options.from });
    address.write(state, options.from);
  };

  /** Any change to a layer makes the network an edited one, kept whole in the address. */
  const edit = (change: (network: NetworkSpec) => NetworkSpec, from?: HTMLElement) => {
    const custom = { ...fitTables(change(specOf(state))), name: `${entryOf(state.network).label}, edited` };
    commit({ ...state, custom }, from ? { from } : {});
  };

  const editor = layerEditor(required(root, '#explorer-layers'), {
    onChange: (index, layer, control) => edit((network) => editLayer(network, index, () => layer), control),
    onDone: () => address.endSession(),
    onAdd: (after, kind) => {
      edit((network) => addLayer(network, after, kind));
      editor.focusLayer(after + 1);
    },
    onRemove: (index) => {
      edit((network) => removeLayer(network, index));
      editor.focusLayer(index);
    },
  });

  const tables = tablesView(required(root, '#explorer-tables'), (index, input, output) => {
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

  const view = pageView(root, { controls, editor, tables, later });
  listenToControls(root, controls, { state: () => state, commit, endSession: () => address.endSession() });
  // "Undo every edit" hides itself: the focus goes on to the first field of the network it brought back.
  required(root, '#explorer-unedit').addEventListener('click', () => editor.focusLayer(0));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    button.addEventListener('click', () => {
      const shown = view.figures.shown;
      if (shown) void exportAs(button.dataset['export'] ?? '', shown, view.figures.diagram);
    });
  }
  const showAddress = (parsed: { state: ExplorerState; problems: readonly LenetError[] }) => {
    state = parsed.state;
    address.endSession();
    view.show(state, { problems: parsed.problems });
  };
  window.addEventListener('popstate', () => showAddress(stateInAddress()));
  showAddress(initial);
}
