import {
  analyze,
  analyzeUntilFailure,
  c3TableOf,
  entryOf,
  mapsPerLayer,
  specOf,
  type Analysis,
  type ExplorerState,
  type LenetError,
  type NetworkSpec,
} from '../../lib/lenet/index.ts';
import { required } from '../dom.ts';
import { showState, type Controls } from './controls.ts';
import { figuresView } from './figures-view.ts';
import type { layerEditor } from './layers.ts';
import { tablesOf, type ShownTable, type tablesView } from './tables.ts';
import { fillAlert } from './view.ts';

/** The tables the page lets the reader edit: LeNet-5's C3 always (full or not), any network's tables otherwise. */
function editableTables(state: ExplorerState, network: NetworkSpec): ShownTable[] {
  if (state.custom || state.network !== 'lenet5') return tablesOf(network);
  return [{ index: 3, from: 'S2', to: 'C3', matrix: c3TableOf(state) }];
}

/** The shown network's analysis as far as it computes, and where it stops. */
export function analysisOf(network: NetworkSpec, state: ExplorerState): { analysis?: Analysis; failure?: LenetError } {
  const result = analyze(network, state.input);
  if (result.ok) return { analysis: result.value };
  const partial = analyzeUntilFailure(network, state.input);
  return { ...(partial?.analysis ? { analysis: partial.analysis } : {}), failure: partial?.error ?? result.error };
}

export interface ShowOptions {
  /** Problems with the address, each shown in the alert. */
  readonly problems?: readonly LenetError[];
  /** The control the state was settled from, which keeps its text. */
  readonly keep?: HTMLElement | undefined;
}

/**
 * Everything the explorer shows, as a function of one settled state: the
 * controls, the alert, the figures, the form and the tables are all drawn from
 * the same analysis, so no part can describe another network.
 */
export function pageView(
  root: Document,
  parts: {
    controls: Controls;
    editor: ReturnType<typeof layerEditor>;
    tables: ReturnType<typeof tablesView>;
    later: (job: () => void) => void;
  },
) {
  const figures = figuresView(root);
  const alert = required(root, '#explorer-alert');
  const unedit = required<HTMLButtonElement>(root, '#explorer-unedit');
  const lenet5Buttons = required(root, '#explorer-c3-buttons');
  return {
    figures,
    show(state: ExplorerState, options: ShowOptions = {}) {
      const network = specOf(state);
      showState(parts.controls, state, options.keep);
      unedit.hidden = !state.custom;
      unedit.textContent = `Undo every edit: back to ${entryOf(state.network).label}`;
      lenet5Buttons.hidden = state.network !== 'lenet5' || state.custom !== undefined;
      fillAlert(alert, options.problems ?? []);
      const { analysis, failure } = analysisOf(network, state);
      if (analysis) figures.draw(state, analysis, failure, parts.later);
      else if (failure) figures.clear(state, failure);
      parts.later(() => {
        parts.editor.show(network, mapsPerLayer(network), options.keep);
        parts.editor.showError(failure);
      });
      parts.later(() => parts.tables(editableTables(state, network), analysis, failure));
    },
  };
}
