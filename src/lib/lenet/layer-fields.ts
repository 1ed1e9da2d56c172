import { kindOf } from './kinds/index.ts';
import type { LayerField } from './layer-field-type.ts';
import type { Layer } from './spec.ts';

export type { LayerField } from './layer-field-type.ts';
export { ACTIVATION_WORDS } from './kinds/field-kit.ts';

/** What an editor needs to know about the layer before: how many maps it gives. */
export interface FieldContext {
  readonly inputMaps: number;
}

/** The fields a reader can edit in one layer, each with its value and how to change it. */
export const layerFields = (layer: Layer, { inputMaps }: FieldContext): LayerField[] =>
  kindOf(layer).fields(layer, inputMaps);

/** The field an error is about, among a layer's fields: "kernel" points at the kernel's height. */
export function fieldForError(fields: readonly LayerField[], errorField: string | undefined): LayerField | undefined {
  if (!errorField) return undefined;
  return fields.find(
    (field) =>
      field.key === errorField || field.key.startsWith(`${errorField}.`) || errorField.startsWith(`${field.key}.`),
  );
}
