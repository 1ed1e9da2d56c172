import {
  ADDABLE_KINDS,
  encodeNetwork,
  fieldForError,
  KINDS,
  layerFields,
  MAX_LAYERS,
  type AddableKind,
  type Layer,
  type LayerField,
  type LenetError,
  type NetworkSpec,
} from '../lib/lenet/index.ts';

export interface LayerEditorEvents {
  /** A field now holds a value of the right type; the network may still not compute. */
  readonly onChange: (index: number, layer: Layer, control: HTMLElement) => void;
  readonly onAdd: (after: number, kind: AddableKind) => void;
  readonly onRemove: (index: number) => void;
}

const controlId = (index: number, key: string) => `edit-${index}-${key.replace('.', '-')}`;

/** Reads a number field as a whole number, or says what it takes. */
function readWhole(control: HTMLInputElement, field: Extract<LayerField, { type: 'number' }>): number | string {
  const text = control.value.trim();
  const { min, max } = field.range;
  const value = /^-?\d{1,7}$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  const shown = text === '' ? 'nothing' : `"${text.slice(0, 12)}"`;
  return `${field.label} takes a whole number from ${min} to ${max}; got ${shown}.`;
}

function controlFor(field: LayerField, id: string): HTMLInputElement | HTMLSelectElement {
  if (field.type === 'choice') {
    const select = document.createElement('select');
    for (const [value, label] of field.options) select.append(new Option(label, value, false, value === field.value));
    select.id = id;
    return select;
  }
  const input = document.createElement('input');
  input.id = id;
  if (field.type === 'check') {
    input.type = 'checkbox';
    input.checked = field.value;
  } else if (field.type === 'number') {
    Object.assign(input, { type: 'number', min: String(field.range.min), max: String(field.range.max), step: '1' });
    input.inputMode = 'numeric';
    input.value = String(field.value);
  } else {
    Object.assign(input, { type: 'text', value: field.value, maxLength: 24, spellcheck: false });
  }
  return input;
}

/**
 * The "edit every layer" form: a fieldset per layer with a control per field, a
 * message next to the field a problem is about, and buttons to add or remove layers.
 */
export function layerEditor(container: HTMLElement, events: LayerEditorEvents) {
  let network: NetworkSpec | undefined;
  let maps: readonly number[] = [];
  let shownKey = '';
  const errors = new Map<number, HTMLElement>();

  const showFieldError = (index: number, control: HTMLElement | undefined, message: string | undefined) => {
    const box = errors.get(index);
    if (!box) return;
    for (const invalid of box.parentElement!.querySelectorAll('[aria-invalid]'))
      invalid.removeAttribute('aria-invalid');
    box.hidden = message === undefined;
    box.textContent = message ?? '';
    if (control && message) control.setAttribute('aria-invalid', 'true');
  };

  const fieldset = (layer: Layer, index: number) => {
    const set = document.createElement('fieldset');
    set.className = 'layer-edit';
    const legend = document.createElement('legend');
    legend.textContent = `${index + 1}. ${layer.name} · ${KINDS[layer.kind].label}`;
    const grid = document.createElement('div');
    grid.className = 'layer-edit-fields';
    const error = Object.assign(document.createElement('p'), { className: 'field-error', hidden: true });
    error.id = `edit-${index}-error`;
    errors.set(index, error);
    for (const field of layerFields(layer, { inputMaps: maps[index - 1] ?? 1 })) {
      const id = controlId(index, field.key);
      const control = controlFor(field, id);
      control.dataset['index'] = String(index);
      control.dataset['key'] = field.key;
      control.setAttribute('aria-describedby', error.id);
      const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: field.label });
      const wrapper = document.createElement('div');
      wrapper.className = field.type === 'check' ? 'edit-field check' : 'edit-field';
      wrapper.append(...(field.type === 'check' ? [control, label] : [label, control]));
      grid.append(wrapper);
    }
    set.append(legend, grid, error, actions(index));
    return set;
  };

  const actions = (index: number) => {
    const row = document.createElement('div');
    row.className = 'layer-edit-actions';
    const kind = document.createElement('select');
    kind.id = `edit-${index}-add-kind`;
    for (const option of ADDABLE_KINDS) kind.append(new Option(KINDS[option].label, option));
    const kindLabel = Object.assign(document.createElement('label'), {
      htmlFor: kind.id,
      textContent: 'New layer',
      className: 'visually-hidden',
    });
    const add = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'secondary',
      textContent: `Add after ${network!.layers[index]!.name}`,
      disabled: network!.layers.length >= MAX_LAYERS,
    });
    add.addEventListener('click', () => events.onAdd(index, kind.value as AddableKind));
    row.append(kindLabel, kind, add);
    if (index > 0) {
      const remove = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'secondary',
        textContent: `Remove ${network!.layers[index]!.name}`,
        disabled: network!.layers.length <= 2,
      });
      remove.addEventListener('click', () => events.onRemove(index));
      row.append(remove);
    }
    return row;
  };

  const onControl = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const index = Number(control.dataset['index']);
    const key = control.dataset['key'];
    const layer = network?.layers[index];
    if (!layer || key === undefined) return;
    const field = layerFields(layer, { inputMaps: maps[index - 1] ?? 1 }).find((candidate) => candidate.key === key);
    if (!field) return;
    let next: Layer;
    if (field.type === 'number') {
      const value = readWhole(control as HTMLInputElement, field);
      if (typeof value === 'string') {
        showFieldError(index, control, value);
        return;
      }
      next = field.set(value);
    } else if (field.type === 'check') next = field.set((control as HTMLInputElement).checked);
    else if (field.type === 'text') {
      const name = control.value.trim();
      const clash = network!.layers.some((other, i) => i !== index && other.name.toLowerCase() === name.toLowerCase());
      if (name === '' || clash) {
        showFieldError(
          index,
          control,
          name === '' ? 'A layer needs a name.' : `Another layer is called ${name}; names must differ.`,
        );
        return;
      }
      next = field.set(name);
    } else next = field.set(control.value);
    showFieldError(index, undefined, undefined);
    events.onChange(index, next, control);
  };
  container.addEventListener('input', onControl);
  container.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.dataset['key'] !== undefined) onControl(event);
  });

  return {
    /**
     * Shows a network. `typing` is the control the reader is changing: the form is
     * then left as it is, so that the caret and the text typed so far stay put.
     */
    show(next: NetworkSpec, mapsPerLayer: readonly number[], typing?: HTMLElement) {
      const key = `${encodeNetwork(next)}|${mapsPerLayer.join(',')}`;
      network = next;
      maps = mapsPerLayer;
      // A new input size leaves the layers as they are; rebuilding the form would cost more than every figure.
      if (key === shownKey || (typing && container.contains(typing))) return;
      shownKey = key;
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
      errors.clear();
      container.replaceChildren(...next.layers.map(fieldset));
      if (focused) document.getElementById(focused)?.focus();
    },
    /** Puts a problem of the network next to the field it names, or clears every message. */
    showError(error: LenetError | undefined) {
      for (const index of errors.keys()) showFieldError(index, undefined, undefined);
      if (!error || !network) return;
      const index = network.layers.findIndex((layer) => layer.name === error.layer);
      if (index < 0) return;
      const fields = layerFields(network.layers[index]!, { inputMaps: maps[index - 1] ?? 1 });
      const field = fieldForError(fields, error.field);
      const control = field ? (document.getElementById(controlId(index, field.key)) ?? undefined) : undefined;
      showFieldError(index, control, error.message);
    },
  };
}
