import {
  c3TableOf,
  DEFAULT_STATE,
  entryOf,
  isNetworkId,
  toggleLink,
  type ExplorerState,
} from '../../lib/lenet/index.ts';
import { readOverrides, type Controls } from './controls.ts';

/**
 * What each control of the explorer asks for: the state after the reader's
 * action, computed from the state before it and the control alone.
 */

/** A LeNet-5 state without its custom C3 table. */
const withoutTable = ({ c3Table: _, ...rest }: ExplorerState): ExplorerState => rest;

/** The network as published: every layer edit undone. */
export const unedited = ({ custom: _, ...published }: ExplorerState): ExplorerState => published;

/** After a select of the form changed: another network, preset or switch. */
export function afterSelect(
  controls: Controls,
  state: ExplorerState,
  select: HTMLSelectElement,
): ExplorerState | undefined {
  if (select === controls.network) {
    const id = controls.network.value;
    return isNetworkId(id) ? { ...DEFAULT_STATE, network: id, input: entryOf(id).input } : undefined;
  }
  const variant = controls.variant.value === 'modern' ? 'modern' : 'paper';
  const keepTable = select !== controls.switches.c3 && state.c3Table ? { c3Table: state.c3Table } : {};
  return { ...withoutTable(state), variant, overrides: readOverrides(controls, variant), ...keepTable };
}

/** After a height or width settled on a valid side: the new size. */
export const afterSide = (state: ExplorerState, side: 'height' | 'width', value: number): ExplorerState => ({
  ...state,
  input: { ...state.input, [side]: value },
});

export const afterSquareSize = (state: ExplorerState, side: number): ExplorerState => ({
  ...state,
  input: { height: side, width: side },
});

/** After "Table I" or "Connect all": LeNet-5's C3 switch, the custom table dropped. */
export const afterC3Button = (state: ExplorerState, c3: 'sparse' | 'full'): ExplorerState => ({
  ...withoutTable(state),
  overrides: { ...state.overrides, c3 },
});

/** After a cell of LeNet-5's C3 table was pressed, as the address's c3table keeps it. */
export const afterC3Cell = (state: ExplorerState, input: number, output: number): ExplorerState => ({
  ...state,
  c3Table: toggleLink(c3TableOf(state), input, output),
});
