import { decodeC3Table, encodeC3Table } from './c3-table-code.ts';
import { fullTable, TABLE_ONE } from './table-one.ts';
import { formatSize, parseInputSize } from './input-size.ts';
import type { LeNet5Options } from './lenet5.ts';
import type { LenetError } from './result.ts';
import type { Size2 } from './spec.ts';
import {
  isSwitchValue,
  PRESETS,
  SWITCH_NAMES,
  SWITCH_VALUES,
  VARIANTS,
  type Switches,
  type Variant,
} from './switches.ts';

export interface ExplorerState {
  readonly input: Size2;
  readonly variant: Variant;
  /** Switches set explicitly, overriding the variant's preset. */
  readonly overrides: Partial<Switches>;
  /** A custom C3 table, overriding the c3 switch. */
  readonly c3Table?: readonly (readonly boolean[])[];
}

export const DEFAULT_STATE: ExplorerState = { input: { height: 32, width: 32 }, variant: 'paper', overrides: {} };

export interface ParsedState {
  readonly state: ExplorerState;
  /** One message for each parameter that was refused; its default was used instead. */
  readonly problems: readonly LenetError[];
}

const isVariant = (value: string): value is Variant => (VARIANTS as readonly string[]).includes(value);

const listed = (values: readonly string[]) => values.map((value) => `"${value}"`).join(' or ');

/** The preset an address asks for with ?variant=; a bad one is reported and the paper's network used. */
export function parseVariant(text: string | null): { variant: Variant; problem?: LenetError } {
  if (text === null) return { variant: DEFAULT_STATE.variant };
  if (isVariant(text)) return { variant: text };
  return {
    variant: DEFAULT_STATE.variant,
    problem: withFallback(badValue('variant', text, VARIANTS), "the paper's network"),
  };
}

/** Reads the explorer's URL parameters; a bad one is reported and replaced by its default. */
export function parseExplorerState(params: URLSearchParams): ParsedState {
  const problems: LenetError[] = [];
  let { input } = DEFAULT_STATE;
  const inputText = params.get('input');
  if (inputText !== null) {
    const parsed = parseInputSize(inputText);
    if (parsed.ok) input = parsed.value;
    else problems.push(withFallback(parsed.error, `the default ${formatSize(input)}`));
  }
  const { variant, problem } = parseVariant(params.get('variant'));
  if (problem) problems.push(problem);
  const overrides: Partial<Record<keyof Switches, string>> = {};
  for (const name of SWITCH_NAMES) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (isSwitchValue(name, value)) overrides[name] = value;
    else problems.push(withFallback(badValue(name, value, SWITCH_VALUES[name]), "the preset's value"));
  }
  const tableText = params.get('c3table');
  let c3Table: boolean[][] | undefined;
  if (tableText !== null && tableText !== '') {
    const decoded = decodeC3Table(tableText);
    if (decoded.ok) c3Table = decoded.value;
    else problems.push(withFallback(decoded.error, "the preset's C3 connections"));
  }
  const state = { input, variant, overrides: overrides as Partial<Switches>, ...(c3Table ? { c3Table } : {}) };
  return { state, problems };
}

function withFallback(error: LenetError, fallback: string): LenetError {
  return { ...error, message: `${error.message} Showing ${fallback} instead.` };
}

function badValue(parameter: string, value: string, allowed: readonly string[]): LenetError {
  const shown = value.length > 24 ? value.slice(0, 24) + '…' : value;
  return {
    code: 'parameter',
    parameter,
    message: `"${shown}" is not a value of ${parameter}; use ${listed(allowed)}.`,
  };
}

export function switchesOf(state: ExplorerState): Switches {
  return { ...PRESETS[state.variant], ...state.overrides };
}

/** Everything the LeNet-5 builder needs for this state, the custom C3 table included. */
export function optionsOf(state: ExplorerState): LeNet5Options {
  return { ...switchesOf(state), ...(state.c3Table ? { c3Table: state.c3Table } : {}) };
}

/** The C3 connection table this state uses: the custom one, or the switch's. */
export function c3TableOf(state: ExplorerState): readonly (readonly boolean[])[] {
  if (state.c3Table) return state.c3Table;
  return switchesOf(state).c3 === 'sparse' ? TABLE_ONE : fullTable(TABLE_ONE.length, TABLE_ONE[0]!.length);
}

/** The shortest query string that gives back this state: defaults are left out. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const { height, width } = state.input;
  if (height !== DEFAULT_STATE.input.height || width !== DEFAULT_STATE.input.width) {
    params.set('input', height === width ? String(height) : formatSize(state.input));
  }
  if (state.variant !== DEFAULT_STATE.variant) params.set('variant', state.variant);
  for (const name of SWITCH_NAMES) {
    const value = state.overrides[name];
    if (value !== undefined && value !== PRESETS[state.variant][name]) params.set(name, value);
  }
  if (state.c3Table) params.set('c3table', encodeC3Table(state.c3Table));
  return params.toString();
}
