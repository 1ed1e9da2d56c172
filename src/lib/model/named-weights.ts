import type { NamedArray } from '../weights/npz.ts';
import { tf, type tfl } from './tf.ts';

/** A model's weights by their tfjs names ("c1/kernel"), as a saved model.json names them. */
export function namedWeights(model: tfl.LayersModel): NamedArray[] {
  return model.weights.map((weight) => {
    const values = weight.read();
    const data = values.dataSync() as Float32Array;
    return { name: weight.originalName, shape: values.shape, data: Float32Array.from(data) };
  });
}

/** Gives `model` the weights of `weights`, found by their tfjs names; every weight must be there. */
export function setNamedWeights(model: tfl.LayersModel, weights: ReadonlyMap<string, NamedArray>): void {
  const tensors = model.weights.map((weight) => {
    const found = weights.get(weight.originalName);
    if (!found) throw new Error(`The weights have no ${weight.originalName}.`);
    return tf.tensor(found.data, weight.shape as number[]);
  });
  model.setWeights(tensors);
  tf.dispose(tensors);
}
