import {
  ADDABLE_KINDS,
  KINDS,
  layerFields,
  MAX_LAYERS,
  type AddableKind,
  type Layer,
  type LayerField,
  type NetworkSpec,
} from '../../lib/lenet/index.ts';

export const controlId = (index: number, key: string) => `edit-${index}-${key.replace('.', '-')}`;
export const errorId = (index: number) => `edit-${index}-error`;
export const legendText = (layer: Layer, index: number) => `${index + 1}. ${layer.name} · ${KINDS[layer.kind].label}`;

/** The fields of the layer at `index`, which reads the maps of the layer before it. */
export const fieldsAt = (network: NetworkSpec, maps: readonly number[], index: number): LayerField[] =>
  layerFields(network.layers[index]!, { inputMaps: maps[index - 1] ?? 1 });

/** What decides the form's controls and labels, not their values: the form is rebuilt only when this changes. */
export function formShape(network: NetworkSpec, maps: readonly number[]): string {
  return network.layers
    .map(
      (layer, index) =>
        `${layer.name}:` +
        fieldsAt(network, maps, index)
          .map(
            (field) =>
              `${field.key}:${field.type}${field.type === 'choice' ? field.options.map(([value]) => value).join('/') : ''}`,
          )
          .join(','),
    )
    .join('|');
}

/** Puts a field's value in its control. */
export function showValue(control: HTMLInputElement | HTMLSelectElement, field: LayerField): void {
  if (field.type === 'check') (control as HTMLInputElement).checked = field.value;
  else control.value = String(field.value);
}

function controlFor(field: LayerField, id: string): HTMLInputElement | HTMLSelectElement {
  if (field.type === 'choice') {
    const select = document.createElement('select');
    for (const [value, label] of field.options) select.append(new Option(label, value));
    select.id = id;
    showValue(select, field);
    return select;
  }
  const input = document.createElement('input');
  input.id = id;
  if (field.type === 'check') input.type = 'checkbox';
  else if (field.type === 'number') {
    Object.assign(input, { type: 'number', min: String(field.range.min), max: String(field.range.max), step: '1' });
    input.inputMode = 'numeric';
  } else Object.assign(input, { type: 'text', maxLength: 24, spellcheck: false });
  showValue(input, field);
  return input;
}

export interface LayerActions {
  readonly onAdd: (after: number, kind: AddableKind) => void;
  readonly onRemove: (index: number) => void;
}

function actionRow(network: NetworkSpec, index: number, actions: LayerActions): HTMLElement {
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
  const name = network.layers[index]!.name;
  const button = (text: string, disabled: boolean, onClick: () => void) => {
    const made = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary' });
    Object.assign(made, { textContent: text, disabled });
    made.addEventListener('click', onClick);
    return made;
  };
  row.append(
    kindLabel,
    kind,
    button(`Add after ${name}`, network.layers.length >= MAX_LAYERS, () =>
      actions.onAdd(index, kind.value as AddableKind),
    ),
  );
  if (index > 0) row.append(button(`Remove ${name}`, network.layers.length <= 2, () => actions.onRemove(index)));
  return row;
}

/** One layer's fieldset: a control per field, the message box for its problems, and the add and remove buttons. */
export function layerFieldset(
  network: NetworkSpec,
  maps: readonly number[],
  index: number,
  actions: LayerActions,
): HTMLFieldSetElement {
  const layer = network.layers[index]!;
  const set = Object.assign(document.createElement('fieldset'), { className: 'layer-edit' });
  set.dataset['index'] = String(index);
  const legend = Object.assign(document.createElement('legend'), { textContent: legendText(layer, index) });
  const grid = Object.assign(document.createElement('div'), { className: 'layer-edit-fields' });
  const error = Object.assign(document.createElement('p'), { className: 'field-error', hidden: true });
  error.id = errorId(index);
  for (const field of fieldsAt(network, maps, index)) {
    const id = controlId(index, field.key);
    const control = controlFor(field, id);
    control.dataset['index'] = String(index);
    control.dataset['key'] = field.key;
    control.setAttribute('aria-describedby', error.id);
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: field.label });
    const wrapper = Object.assign(document.createElement('div'), {
      className: field.type === 'check' ? 'edit-field check' : 'edit-field',
    });
    wrapper.append(...(field.type === 'check' ? [control, label] : [label, control]));
    grid.append(wrapper);
  }
  set.append(legend, grid, error, actionRow(network, index, actions));
  return set;
}
