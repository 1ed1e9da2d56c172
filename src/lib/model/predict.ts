import { batchOf, type MnistSet } from '../mnist/dataset.ts';
import { LENET5_PLACEMENT, type Placement } from '../mnist/placement.ts';
import { classifierOfModel, perDigit, predictedClasses } from './loss.ts';
import { tf, type tfl } from './tf.ts';

/** The class a model gives each digit of `set`, placed as the model reads digits, in chunks to bound memory. */
export function predictSet(
  model: tfl.LayersModel,
  set: MnistSet,
  placement: Placement = LENET5_PLACEMENT,
  chunk = 500,
): Uint8Array {
  const classifier = classifierOfModel(model);
  const predictions = new Uint8Array(set.count);
  for (let start = 0; start < set.count; start += chunk) {
    const batch = batchOf(
      set,
      Uint32Array.from({ length: Math.min(chunk, set.count - start) }, (_, i) => start + i),
      0,
      0,
      placement,
    );
    const classes = tf.tidy(() => {
      const x = tf.tensor4d(batch.inputs, [batch.count, batch.size.height, batch.size.width, 1]);
      return predictedClasses(perDigit(model.predict(x) as tf.Tensor), classifier);
    });
    predictions.set(classes.dataSync(), start);
    classes.dispose();
  }
  return predictions;
}

/** The share of `set` whose predicted class is its label. */
export function accuracyOf(predictions: Uint8Array, set: MnistSet): number {
  let correct = 0;
  for (let i = 0; i < set.count; i++) if (predictions[i] === set.labels[i]) correct++;
  return correct / set.count;
}
