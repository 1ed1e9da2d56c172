import type { NamedArray } from '../weights/npz.ts';
import type { tfl } from './tf.ts';

/** A model's weights by their tfjs names ("c1/kernel"), as a saved model.json names them. */
export function namedWeights(model: tfl.LayersModel): NamedArray[] {
  return model.weights.map((weight) => {
    const values = weight.read();
    const data = values.dataSync() as Float32Array;
    return { name: weight.originalName, shape: values.shape, data: Float32Array.from(data) };
  });
}
