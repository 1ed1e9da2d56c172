import { scaledTanh, type Activation } from '../lenet/activation.ts';
import type { Maps } from './maps.ts';

/** Each activation that squashes one sum at a time; the oracle for the wasm kernels' too. */
export const POINTWISE: Readonly<Record<Exclude<Activation, 'softmax'>, (a: number) => number>> = {
  'scaled-tanh': scaledTanh,
  tanh: Math.tanh,
  sigmoid: (a) => 1 / (1 + Math.exp(-a)),
  relu: (a) => Math.max(0, a),
  identity: (a) => a,
};

/** The squashing applied to every weighted sum; softmax across the maps at each position. */
export function activate(sums: Maps, activation: Activation): Maps {
  const values = new Float32Array(sums.values.length);
  if (activation !== 'softmax') {
    const f = POINTWISE[activation];
    sums.values.forEach((a, i) => (values[i] = f(a)));
    return { ...sums, values };
  }
  const { channels } = sums;
  for (let start = 0; start < values.length; start += channels) {
    const row = sums.values.subarray(start, start + channels);
    const top = Math.max(...row);
    let total = 0;
    row.forEach((a, c) => (total += values[start + c] = Math.exp(a - top)));
    for (let c = 0; c < channels; c++) values[start + c] = values[start + c]! / total;
  }
  return { ...sums, values };
}
