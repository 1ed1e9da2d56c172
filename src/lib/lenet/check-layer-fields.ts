import { kindOf } from './kinds/index.ts';
import { checkWhole, MAX_NAME_LENGTH } from './layer-limits.ts';
import { fail, ok, type Result } from './result.ts';
import type { Layer } from './spec.ts';

/** Whether every field of a layer holds a value the calculator accepts; the error names the layer and the field. */
export function checkLayerFields(layer: Layer): Result<true> {
  const name = layer.name.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) {
    const message = `A layer's name must have 1 to ${MAX_NAME_LENGTH} characters; got "${layer.name.slice(0, MAX_NAME_LENGTH)}${layer.name.length > MAX_NAME_LENGTH ? '…' : ''}".`;
    return fail({ code: 'parameter', layer: layer.name, field: 'name', message });
  }
  for (const [field, value, range] of kindOf(layer).limits(layer)) {
    const problem = checkWhole(value, range);
    if (problem)
      return fail({
        code: 'parameter',
        layer: layer.name,
        field,
        message: `${layer.name}'s ${field.replace('.', ' ')} ${problem}.`,
      });
  }
  return ok(true);
}
