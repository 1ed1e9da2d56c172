import { seededRandom, type MnistSet } from '../mnist/dataset.ts';
import { perDigit } from '../model/loss.ts';
import { tf, type tfl } from '../model/tf.ts';
import { SDNN_TRAINING, WINDOW, type WindowSettings } from './sdnn-data.ts';
import { SDNN_CLASSES } from './sdnn-network.ts';
import { likeliest, windowAccuracy, type WindowAccuracy } from './window-accuracy.ts';
import { digitPicker, windowBatch } from './window-batch.ts';

/** The single 32x32 model's eleven probabilities for each of `count` windows (count x 11), in chunks. */
export function windowScores(model: tfl.LayersModel, inputs: Float32Array, count: number, chunk = 500): Float32Array {
  const size = WINDOW * WINDOW;
  const scores = new Float32Array(count * SDNN_CLASSES);
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const output = tf.tidy(() =>
      perDigit(
        model.predict(
          tf.tensor4d(inputs.subarray(start * size, (start + n) * size), [n, WINDOW, WINDOW, 1]),
        ) as tf.Tensor,
      ),
    );
    scores.set(output.dataSync(), start * SDNN_CLASSES);
    output.dispose();
  }
  return scores;
}

/**
 * The model's accuracy on `count` windows composed, as for training, from `set` (the test digits,
 * never the training ones), seeded so that every model is measured on the same windows.
 */
export function evaluateWindows(
  model: tfl.LayersModel,
  set: MnistSet,
  count: number,
  seed: number,
  settings: WindowSettings = SDNN_TRAINING,
): WindowAccuracy {
  const random = seededRandom(seed);
  const batch = windowBatch(random, digitPicker(set, random), count, settings);
  return windowAccuracy(likeliest(windowScores(model, batch.inputs, count), SDNN_CLASSES), batch.labels);
}
