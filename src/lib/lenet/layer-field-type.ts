import type { Range } from './layer-limits.ts';
import type { Layer } from './spec.ts';

interface FieldBase {
  /** The spec field it edits, as errors name it ("kernel.height"). */
  readonly key: string;
  readonly label: string;
}

/** One field of a layer that a reader can edit, with its value and how to change it. */
export type LayerField =
  | (FieldBase & {
      readonly type: 'number';
      readonly range: Range;
      readonly value: number;
      readonly set: (value: number) => Layer;
    })
  | (FieldBase & {
      readonly type: 'choice';
      readonly options: readonly (readonly [value: string, label: string])[];
      readonly value: string;
      readonly set: (value: string) => Layer;
    })
  | (FieldBase & { readonly type: 'check'; readonly value: boolean; readonly set: (value: boolean) => Layer })
  | (FieldBase & { readonly type: 'text'; readonly value: string; readonly set: (value: string) => Layer });
