import { entryOf, PRESETS, SWITCH_NAMES, type ExplorerState, type SwitchName } from '../../lib/lenet/index.ts';
import { required } from '../dom.ts';

export interface Controls {
  readonly form: HTMLFormElement;
  readonly sides: { readonly [K in 'height' | 'width']: { number: HTMLInputElement; range: HTMLInputElement } };
  readonly network: HTMLSelectElement;
  readonly lenet5Options: HTMLElement;
  readonly networkHint: HTMLElement;
  readonly variant: HTMLSelectElement;
  readonly switches: { readonly [K in SwitchName]: HTMLSelectElement };
  readonly sizeError: HTMLElement;
}

export function findControls(root: ParentNode): Controls {
  const side = (name: 'height' | 'width') => ({
    number: required<HTMLInputElement>(root, `#explorer-${name}`),
    range: required<HTMLInputElement>(root, `#explorer-${name}-range`),
  });
  const switches = Object.fromEntries(
    SWITCH_NAMES.map((name) => [name, required<HTMLSelectElement>(root, `#explorer-${name}`)]),
  ) as unknown as Controls['switches'];
  return {
    form: required<HTMLFormElement>(root, '#explorer-form'),
    sides: { height: side('height'), width: side('width') },
    network: required<HTMLSelectElement>(root, '#explorer-network'),
    lenet5Options: required(root, '#explorer-lenet5-options'),
    networkHint: required(root, '#explorer-network-hint'),
    variant: required<HTMLSelectElement>(root, '#explorer-variant'),
    switches,
    sizeError: required(root, '#explorer-size-error'),
  };
}

/**
 * Marks a side field whose text is not a size, with what it takes, or clears its
 * mark; without a control, clears both. Each marked side keeps its message.
 */
export function markSide(controls: Controls, control: HTMLInputElement | undefined, message: string | undefined): void {
  for (const { number } of Object.values(controls.sides)) {
    if (control === undefined || number === control) {
      if (message) number.setAttribute('aria-invalid', 'true');
      else number.removeAttribute('aria-invalid');
      number.dataset['problem'] = message ?? '';
    }
  }
  const messages = Object.values(controls.sides).flatMap(({ number }) =>
    number.dataset['problem'] ? [number.dataset['problem']] : [],
  );
  controls.sizeError.hidden = messages.length === 0;
  controls.sizeError.textContent = messages.join(' ');
}

/**
 * Shows a state in the controls. The field the state was settled from keeps its
 * text (and caret); every other field shows the state, its draft dropped.
 */
export function showState(controls: Controls, state: ExplorerState, keep?: HTMLElement): void {
  for (const name of ['height', 'width'] as const) {
    const value = String(state.input[name]);
    const { number, range } = controls.sides[name];
    if (number !== keep) number.value = value;
    if (range !== keep) range.value = value;
  }
  markSide(controls, undefined, undefined);
  controls.network.value = state.network;
  const entry = entryOf(state.network);
  controls.lenet5Options.hidden = state.network !== 'lenet5' || state.custom !== undefined;
  controls.networkHint.textContent = state.custom
    ? `${entry.label}, edited below: the switches give way to the layers' own fields.`
    : `${entry.label}: ${entry.source.citation}, ${entry.source.location}. Input: ${entry.placement.description}.`;
  controls.variant.value = state.variant;
  for (const name of SWITCH_NAMES)
    showSwitch(controls.switches[name], PRESETS[state.variant][name], state.overrides[name]);
  // The square size in use, if it has a button, shows as pressed.
  const { height, width } = state.input;
  for (const button of controls.form.querySelectorAll<HTMLButtonElement>('button[data-size]'))
    button.setAttribute('aria-pressed', String(height === width && Number(button.dataset['size']) === height));
}

/**
 * A switch offers the preset's value once, first, named as itself ("Sparse (Table I)"),
 * then the other values: an option equal to the preset's would be read back as the
 * preset's, so choosing it would seem to undo itself, and arrow keys would stop on it.
 */
function showSwitch(select: HTMLSelectElement, presetValue: string, override: string | undefined): void {
  const blank = select.options[0]!;
  for (const option of Array.from(select.options).slice(1)) {
    const same = option.value === presetValue;
    option.hidden = same;
    option.disabled = same;
    if (same) blank.textContent = option.textContent;
  }
  select.value = override ?? '';
}

/** The switches the form asks for, leaving out any that equal the preset's. */
export function readOverrides(controls: Controls, variant: ExplorerState['variant']): ExplorerState['overrides'] {
  const overrides: Record<string, string> = {};
  for (const name of SWITCH_NAMES) {
    const value = controls.switches[name].value;
    if (value !== '' && value !== PRESETS[variant][name]) overrides[name] = value;
  }
  return overrides;
}
