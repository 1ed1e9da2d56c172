import { frameworkName } from '../lenet/names.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';

/** One named array of a layer's weights, or an error that says which is missing or the wrong size. */
export function weightOf(weights: TfjsWeights, layer: string, part: string, size: number): Float32Array {
  const name = `${frameworkName(layer)}/${part}`;
  const found = weights.get(name);
  if (!found) throw new Error(`The weights have no ${name}.`);
  if (found.data.length !== size)
    throw new Error(`${name} has ${found.data.length} values; the network needs ${size}.`);
  return found.data;
}
