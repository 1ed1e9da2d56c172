import { frameworkName, torchName } from '../lenet/names.ts';
import type { Analysis } from '../lenet/analyze.ts';
import type { Plan, Step } from '../export/plan.ts';
import type { NamedArray } from './npz.ts';

/** Weights as tfjs names them ("c1/kernel"), in tfjs's NHWC layout. */
export type TfjsWeights = ReadonlyMap<string, NamedArray>;

const size = (shape: readonly number[]) => shape.reduce((product, side) => product * side, 1);

/** Moves the axes of a row-major array: output axis i is input axis `order[i]`. */
export function permute({ name, shape, data }: NamedArray, order: readonly number[]): NamedArray {
  const outShape = order.map((axis) => shape[axis]!);
  const strides = shape.map((_, axis) => size(shape.slice(axis + 1)));
  const out = new Float32Array(data.length);
  const index = new Array<number>(outShape.length).fill(0);
  for (let i = 0; i < out.length; i++) {
    out[i] = data[order.reduce((at, axis, k) => at + index[k]! * strides[axis]!, 0)]!;
    for (let k = outShape.length - 1; k >= 0 && ++index[k]! === outShape[k]; k--) index[k] = 0;
  }
  return { name, shape: outShape, data: out };
}

const renamed = (array: NamedArray, name: string, shape = array.shape): NamedArray => ({ ...array, name, shape });

function take(weights: TfjsWeights, layer: string, part: string): NamedArray {
  const key = `${frameworkName(layer)}/${part}`;
  const found = weights.get(key);
  if (!found) throw new Error(`The weights have no ${key}.`);
  return found;
}

/** A dense layer after Flatten: tfjs flattens height, width, maps; PyTorch maps, height, width. */
function flattenedKernel(kernel: NamedArray, name: string, before: Analysis['layers'][number]['shape']) {
  const { channels, height, width } = before;
  const units = kernel.shape[1]!;
  const nhwc = renamed(kernel, name, [height, width, channels, units]);
  const reordered = permute(nhwc, [3, 2, 0, 1]);
  return renamed(reordered, name, [units, channels * height * width]);
}

function stateOf(step: Step, weights: TfjsWeights, analysis: Analysis): NamedArray[] {
  const key = (part: string) => `${torchName(step.name)}.${part}`;
  switch (step.op) {
    case 'conv': {
      const bias = renamed(take(weights, step.name, 'bias'), key('bias'));
      const kernel = take(weights, step.name, 'kernel');
      if (step.table) return [renamed(permute(kernel, [1, 0]), key('kernel')), bias];
      return [renamed(permute(kernel, [3, 2, 0, 1]), key('weight')), bias];
    }
    case 'subsample': {
      if (!step.trainable) return [];
      const column = (part: string) => {
        const array = take(weights, step.name, part);
        return renamed(array, key(part), [array.shape[0]!, 1, 1]);
      };
      return [column('coefficient'), column('bias')];
    }
    case 'dense': {
      const kernel = take(weights, step.name, 'kernel');
      const bias = renamed(take(weights, step.name, 'bias'), key('bias'));
      if (step.perPosition) {
        // A 1x1 convolution in PyTorch; tfjs holds it as [1, 1, in, out] or, for a dense layer on a map, [in, out].
        const [inputs, units] = kernel.shape.slice(-2) as [number, number];
        const transposed = permute(renamed(kernel, key('weight'), [inputs, units]), [1, 0]);
        return [renamed(transposed, key('weight'), [units, inputs, 1, 1]), bias];
      }
      const index = analysis.layers.findIndex((layer) => layer.name === step.name);
      return [flattenedKernel(kernel, key('weight'), analysis.layers[index - 1]!.shape), bias];
    }
    case 'rbf':
      return [renamed(permute(take(weights, step.name, 'prototypes'), [1, 0]), key('prototypes'))];
    case 'activation':
    case 'flatten':
      return [];
  }
}

/**
 * The state dict that the exported PyTorch code's model loads: its keys are the
 * modules' names on the site ("C1.weight", "S2.coefficient"), its arrays in
 * PyTorch's layout (NCHW kernels, maps-first flattening).
 */
export function torchState(plan: Plan, analysis: Analysis, weights: TfjsWeights): NamedArray[] {
  return plan.steps.flatMap((step) => stateOf(step, weights, analysis));
}

/** tfjs weights from a model.json manifest and its weights file (float32 only, as the site saves them). */
export function weightsFromManifest(
  specs: readonly { readonly name: string; readonly shape: readonly number[]; readonly dtype?: string }[],
  bytes: Uint8Array,
): TfjsWeights {
  const weights = new Map<string, NamedArray>();
  let offset = 0;
  for (const spec of specs) {
    if ((spec.dtype ?? 'float32') !== 'float32') throw new Error(`${spec.name} is ${spec.dtype}, not float32.`);
    const count = size(spec.shape);
    if (offset + count * 4 > bytes.byteLength)
      throw new Error(`The weights file ends before ${spec.name}: it has ${bytes.byteLength} bytes.`);
    const data = new Float32Array(bytes.slice(offset, offset + count * 4).buffer);
    weights.set(spec.name, { name: spec.name, shape: spec.shape, data });
    offset += count * 4;
  }
  return weights;
}
