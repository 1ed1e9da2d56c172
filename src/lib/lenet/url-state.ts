import { decodeC3Table, encodeC3Table } from './c3-table-code.ts';
import { fullTable, TABLE_ONE } from './table-one.ts';
import { formatSize, parseInputSize } from './input-size.ts';
import { lenet5, type LeNet5Options } from './lenet5.ts';
import { encodeNetwork } from './network-code.ts';
import { decodeNetwork } from './network-decode.ts';
import { DEFAULT_NETWORK, entryOf, isNetworkId, NETWORK_IDS, type NetworkId } from './networks/registry.ts';
import type { LenetError } from './result.ts';
import type { NetworkSpec, Size2 } from './spec.ts';
import {
  isSwitchValue,
  isVariant,
  PRESETS,
  SWITCH_NAMES,
  SWITCH_VALUES,
  VARIANTS,
  type Switches,
  type Variant,
} from './switches.ts';

export interface ExplorerState {
  readonly input: Size2;
  /** The registry network shown, or the one an edited network started from. */
  readonly network: NetworkId;
  /** LeNet-5's preset; the other networks have none. */
  readonly variant: Variant;
  /** LeNet-5's switches set explicitly, overriding the variant's preset. */
  readonly overrides: Partial<Switches>;
  /** A custom C3 table for LeNet-5, overriding the c3 switch. */
  readonly c3Table?: readonly (readonly boolean[])[];
  /** A network the reader edited layer by layer: it replaces everything above but the input size. */
  readonly custom?: NetworkSpec;
}

export const DEFAULT_STATE: ExplorerState = {
  input: entryOf(DEFAULT_NETWORK).input,
  network: DEFAULT_NETWORK,
  variant: 'paper',
  overrides: {},
};

/** The parameters that shape a LeNet-5 and mean nothing for another network. */
const LENET5_PARAMETERS = ['variant', ...SWITCH_NAMES, 'c3table'] as const;

/** Every parameter an address may give the explorer. */
export const STATE_PARAMETERS = ['network', 'input', 'net', ...LENET5_PARAMETERS] as const;

export interface ParsedState {
  readonly state: ExplorerState;
  /** One message for each parameter that was refused or ignored; its default was used instead. */
  readonly problems: readonly LenetError[];
}

const listed = (values: readonly string[]) => values.map((value) => `"${value}"`).join(' or ');

const shorten = (value: string) => (value.length > 24 ? value.slice(0, 24) + '…' : value);

const parameterProblem = (parameter: string, message: string): LenetError => ({
  code: 'parameter',
  parameter,
  message,
});

function withFallback(error: LenetError, fallback: string): LenetError {
  return { ...error, message: `${error.message} Showing ${fallback} instead.` };
}

function badValue(parameter: string, value: string, allowed: readonly string[]): LenetError {
  return parameterProblem(parameter, `"${shorten(value)}" is not a value of ${parameter}; use ${listed(allowed)}.`);
}

/** The preset an address asks for with ?variant=; a bad one is reported and the paper's network used. */
export function parseVariant(text: string | null): { variant: Variant; problem?: LenetError } {
  if (text === null) return { variant: DEFAULT_STATE.variant };
  if (isVariant(text)) return { variant: text };
  return {
    variant: DEFAULT_STATE.variant,
    problem: withFallback(badValue('variant', text, VARIANTS), "the paper's network"),
  };
}

/**
 * The one value of each parameter: a parameter given twice is reported, and the
 * first value used, since guessing silently which one the sender meant hides the clash.
 */
function firstValues(params: URLSearchParams, problems: LenetError[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    values.set(name, all[0]!);
    if (all.length > 1)
      problems.push(
        parameterProblem(
          name,
          `${name} is given ${all.length} times (${all.map((value) => `"${shorten(value)}"`).join(', ')}); an address gives it once. Using the first.`,
        ),
      );
  }
  return values;
}

function parseNetworkId(text: string | undefined, problems: LenetError[]): NetworkId {
  if (text === undefined) return DEFAULT_NETWORK;
  if (isNetworkId(text)) return text;
  problems.push(withFallback(badValue('network', text, NETWORK_IDS), 'LeNet-5'));
  return DEFAULT_NETWORK;
}

function parseLeNet5(values: Map<string, string>, problems: LenetError[]) {
  const { variant, problem } = parseVariant(values.get('variant') ?? null);
  if (problem) problems.push(problem);
  const overrides: Partial<Record<keyof Switches, string>> = {};
  for (const name of SWITCH_NAMES) {
    const value = values.get(name);
    if (value === undefined || value === '') continue;
    if (isSwitchValue(name, value)) overrides[name] = value;
    else problems.push(withFallback(badValue(name, value, SWITCH_VALUES[name]), "the preset's value"));
  }
  const tableText = values.get('c3table');
  let c3Table: boolean[][] | undefined;
  if (tableText !== undefined && tableText !== '') {
    const decoded = decodeC3Table(tableText);
    if (decoded.ok) c3Table = decoded.value;
    else problems.push(withFallback(decoded.error, "the preset's C3 connections"));
  }
  return { variant, overrides: overrides as Partial<Switches>, ...(c3Table ? { c3Table } : {}) };
}

/** Parameters that shape LeNet-5, given where they cannot apply: each is reported, none silently used. */
function reportIgnored(values: Map<string, string>, why: string, problems: LenetError[]) {
  for (const name of LENET5_PARAMETERS)
    if (values.has(name)) problems.push(parameterProblem(name, `${name} is ignored: ${why}`));
}

/** Reads the explorer's URL parameters; a bad one is reported and replaced by its default. */
export function parseExplorerState(params: URLSearchParams): ParsedState {
  const problems: LenetError[] = [];
  const values = firstValues(params, problems);
  for (const name of values.keys())
    if (!(STATE_PARAMETERS as readonly string[]).includes(name))
      problems.push(
        parameterProblem(
          name,
          `"${shorten(name)}" is not a setting of the explorer; it reads ${STATE_PARAMETERS.join(', ')}.`,
        ),
      );
  const network = parseNetworkId(values.get('network'), problems);
  const entry = entryOf(network);
  let input = entry.input;
  const inputText = values.get('input');
  if (inputText !== undefined) {
    const parsed = parseInputSize(inputText);
    if (parsed.ok) input = parsed.value;
    else problems.push(withFallback(parsed.error, `${entry.label}'s ${formatSize(input)}`));
  }
  const base = { input, network, variant: DEFAULT_STATE.variant, overrides: {} };
  const netText = values.get('net');
  if (netText !== undefined) {
    const decoded = decodeNetwork(netText, `${entry.label}, edited`);
    if (decoded.ok) {
      reportIgnored(values, 'net= holds the whole network, layer by layer.', problems);
      return { state: { ...base, custom: decoded.value }, problems };
    }
    problems.push(withFallback(decoded.error, `${entry.label} as published`));
  }
  if (network !== 'lenet5') {
    reportIgnored(
      values,
      `it sets LeNet-5's switches, and ${entry.label} has none; edit its layers instead.`,
      problems,
    );
    return { state: base, problems };
  }
  return { state: { ...base, ...parseLeNet5(values, problems) }, problems };
}

export function switchesOf(state: ExplorerState): Switches {
  return { ...PRESETS[state.variant], ...state.overrides };
}

/** Everything the LeNet-5 builder needs for this state, the custom C3 table included. */
export function optionsOf(state: ExplorerState): LeNet5Options {
  return { ...switchesOf(state), ...(state.c3Table ? { c3Table: state.c3Table } : {}) };
}

/** The network this state shows: the edited one, or the registry's with its options. */
export function specOf(state: ExplorerState): NetworkSpec {
  if (state.custom) return state.custom;
  return state.network === 'lenet5' ? lenet5(optionsOf(state)) : entryOf(state.network).build({});
}

/** The C3 connection table of a LeNet-5 state: the custom one, or the switch's. */
export function c3TableOf(state: ExplorerState): readonly (readonly boolean[])[] {
  if (state.c3Table) return state.c3Table;
  return switchesOf(state).c3 === 'sparse' ? TABLE_ONE : fullTable(TABLE_ONE.length, TABLE_ONE[0]!.length);
}

/** The shortest query string that gives back this state: defaults are left out. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.network !== DEFAULT_NETWORK) params.set('network', state.network);
  const { height, width } = state.input;
  const standard = entryOf(state.network).input;
  if (height !== standard.height || width !== standard.width) {
    params.set('input', height === width ? String(height) : formatSize(state.input));
  }
  if (state.custom) {
    params.set('net', encodeNetwork(state.custom));
    return params.toString();
  }
  if (state.network !== 'lenet5') return params.toString();
  if (state.variant !== DEFAULT_STATE.variant) params.set('variant', state.variant);
  for (const name of SWITCH_NAMES) {
    const value = state.overrides[name];
    if (value !== undefined && value !== PRESETS[state.variant][name]) params.set(name, value);
  }
  if (state.c3Table) params.set('c3table', encodeC3Table(state.c3Table));
  return params.toString();
}
