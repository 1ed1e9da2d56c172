import {
  fieldForError,
  MAX_NAME_LENGTH,
  type Layer,
  type LayerField,
  type LenetError,
  type NetworkSpec,
} from '../../lib/lenet/index.ts';
import { draftField, type Reading } from './drafts.ts';
import { controlId, errorId, fieldsAt, formShape, layerFieldset, showValue, type LayerActions } from './layer-form.ts';

export interface LayerEditorEvents extends LayerActions {
  /** A field settled on a value of the right type; the network may still not compute. */
  readonly onChange: (index: number, layer: Layer, control: HTMLElement) => void;
  /** The reader left a field: its next value is a new history entry. */
  readonly onDone: () => void;
}

/** Reads a number field as a whole number, or says what it takes. */
function readWhole(text: string, field: Extract<LayerField, { type: 'number' }>): Reading<number> {
  const trimmed = text.trim();
  const { min, max } = field.range;
  const value = /^-?\d{1,7}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, value };
  const shown = trimmed === '' ? 'nothing' : `"${trimmed.slice(0, 12)}"`;
  return { ok: false, message: `${field.label} takes a whole number from ${min} to ${max}; got ${shown}.` };
}

function readName(text: string, network: NetworkSpec, index: number): Reading<string> {
  const name = text.trim();
  if (name === '') return { ok: false, message: 'A layer needs a name.' };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, message: `A layer's name has at most ${MAX_NAME_LENGTH} characters.` };
  const clash = network.layers.some((other, i) => i !== index && other.name.toLowerCase() === name.toLowerCase());
  return clash
    ? { ok: false, message: `Another layer is called ${name}; names must differ.` }
    : { ok: true, value: name };
}

/** A typed number or name as the layer it makes, or what is wrong with it. */
function readLayer(text: string, field: LayerField | undefined, network: NetworkSpec, index: number): Reading<Layer> {
  if (field?.type === 'number') {
    const reading = readWhole(text, field);
    return reading.ok ? { ok: true, value: field.set(reading.value) } : reading;
  }
  const reading = readName(text, network, index);
  return reading.ok && field?.type === 'text'
    ? { ok: true, value: field.set(reading.value) }
    : (reading as Reading<never>);
}

/** Shows `message` by the layer at `index`, and marks `control` invalid; without a message, clears both. */
function markProblem(
  container: HTMLElement,
  index: number,
  control: HTMLElement | undefined,
  message: string | undefined,
): void {
  const box = container.querySelector<HTMLElement>(`#${errorId(index)}`);
  if (!box) return;
  for (const invalid of box.parentElement!.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
  box.hidden = message === undefined;
  box.textContent = message ?? '';
  if (control && message) control.setAttribute('aria-invalid', 'true');
}

/** Rebuilds the form with `rebuild`, and gives the focus and caret back to the control that had them. */
function keepingFocus(container: HTMLElement, rebuild: () => void): void {
  const focused = document.activeElement;
  const id = focused instanceof HTMLElement && container.contains(focused) ? focused.id : '';
  const caret = focused instanceof HTMLInputElement && focused.type === 'text' ? focused.selectionStart : null;
  rebuild();
  const again = id ? document.getElementById(id) : null;
  again?.focus();
  if (again instanceof HTMLInputElement && caret !== null) again.setSelectionRange(caret, caret);
}

/** Puts each field's value in its control, but `keep`'s, left as typed, and clears every layer's problem. */
function showValues(container: HTMLElement, network: NetworkSpec, maps: readonly number[], keep?: HTMLElement): void {
  network.layers.forEach((_, index) => {
    for (const field of fieldsAt(network, maps, index)) {
      const control = document.getElementById(controlId(index, field.key));
      if (control !== keep && (control instanceof HTMLInputElement || control instanceof HTMLSelectElement))
        showValue(control, field);
    }
    markProblem(container, index, undefined, undefined);
  });
}

/**
 * The "edit every layer" form: a fieldset per layer with a control per field, a
 * message next to the field a problem is about, and buttons to add or remove
 * layers. Typed numbers and names reach the network only once settled.
 */
export function layerEditor(container: HTMLElement, events: LayerEditorEvents) {
  let network: NetworkSpec | undefined;
  let maps: readonly number[] = [];
  let shape = '';

  const mark = (index: number, control: HTMLElement | undefined, message: string | undefined) =>
    markProblem(container, index, control, message);

  const fieldOf = (control: HTMLElement) => {
    const index = Number(control.dataset['index']);
    const field = network && fieldsAt(network, maps, index).find((f) => f.key === control.dataset['key']);
    return { index, field };
  };

  /** Typed fields settle through a draft; the others apply at once. */
  const wire = (control: HTMLInputElement | HTMLSelectElement) => {
    const { field } = fieldOf(control);
    if (control instanceof HTMLInputElement && (field?.type === 'number' || field?.type === 'text')) {
      draftField<Layer>(control, {
        read: (text) => {
          const { index, field: now } = fieldOf(control);
          return readLayer(text, now, network!, index);
        },
        settle: (layer, typed) => events.onChange(fieldOf(typed).index, layer, typed),
        mark: (typed, message) => mark(fieldOf(typed).index, typed, message),
        done: () => events.onDone(),
      });
      return;
    }
    control.addEventListener('change', () => {
      const { index, field: now } = fieldOf(control);
      if (now?.type === 'check') events.onChange(index, now.set((control as HTMLInputElement).checked), control);
      if (now?.type === 'choice') events.onChange(index, now.set(control.value), control);
    });
  };

  const rebuild = () =>
    keepingFocus(container, () => {
      container.replaceChildren(...network!.layers.map((_, index) => layerFieldset(network!, maps, index, events)));
      for (const control of container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]'))
        wire(control);
    });

  return {
    /** Shows a network; `keep` is the control it was settled from, left as typed. Every other draft is dropped. */
    show(next: NetworkSpec, mapsPerLayer: readonly number[], keep?: HTMLElement) {
      network = next;
      maps = mapsPerLayer;
      const nextShape = formShape(next, mapsPerLayer);
      if (nextShape !== shape) {
        shape = nextShape;
        rebuild();
        return;
      }
      showValues(container, next, mapsPerLayer, keep);
    },
    /** Marks the field a problem of the network is about; the message itself stands in the table, by the layer. */
    showError(error: LenetError | undefined) {
      if (!error || !network) return;
      const index = network.layers.findIndex((layer) => layer.name === error.layer);
      if (index < 0) return;
      const field = fieldForError(fieldsAt(network, maps, index), error.field);
      const control = field ? (document.getElementById(controlId(index, field.key)) ?? undefined) : undefined;
      mark(
        index,
        control,
        `${error.layer} cannot be computed with these fields; its row under "Every layer" above says why.`,
      );
    },
    /** Moves the focus to the first field of the layer at `index`, or of the last layer if there is none. */
    focusLayer(index: number) {
      const sets = container.querySelectorAll('fieldset');
      const set = sets[Math.min(index, sets.length - 1)];
      set?.querySelector<HTMLElement>('input, select')?.focus();
    },
  };
}
