import type { Classifier } from './classifier.ts';
import { RbfOutput } from './layers/rbf-output.ts';
import { tf, type tfl } from './tf.ts';
import { EQ9_J } from '../paper/eq9.ts';

export { classifierOf, type Classifier } from './classifier.ts';

/** The classifier of a built or loaded model, read from its last layer. */
export const classifierOfModel = (model: tfl.LayersModel): Classifier =>
  model.layers.at(-1) instanceof RbfOutput ? 'rbf' : 'softmax';

/** The model's output as [batch, 10]; a convolutional head at 32x32 gives [batch, 1, 1, 10]. */
export const perDigit = (output: tf.Tensor): tf.Tensor2D => tf.reshape<tf.Rank.R2>(output, [output.shape[0], -1]);

/**
 * RBF output, the paper's MAP criterion (Eq. 9): the correct class's distance,
 * plus log(e^-j + sum_i e^-y_i) with the Adam recipe's j, which pushes the wrong classes' distances up.
 */
export function rbfMapLoss(distances: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const correct = tf.sum(tf.mul(distances, tf.oneHot(labels, distances.shape[1])), 1);
    const rubbish = tf.fill([distances.shape[0], 1], -EQ9_J.adam);
    const competition = tf.logSumExp(tf.concat([tf.neg(distances), rubbish], 1), 1);
    return tf.mean<tf.Scalar>(tf.add(correct, competition));
  });
}

/** Softmax output: cross-entropy of the probabilities, clipped away from log(0). */
export function crossEntropyLoss(probabilities: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const clipped = tf.clipByValue(probabilities, 1e-7, 1);
    return tf.neg(tf.mean(tf.sum(tf.mul(tf.log(clipped), tf.oneHot(labels, probabilities.shape[1])), 1))) as tf.Scalar;
  });
}

export function lossFor(classifier: Classifier): (output: tf.Tensor2D, labels: tf.Tensor1D) => tf.Scalar {
  return classifier === 'rbf' ? rbfMapLoss : crossEntropyLoss;
}

/** The answer: the nearest prototype for RBF units, the most probable class for softmax. */
export function predictedClasses(output: tf.Tensor2D, classifier: Classifier): tf.Tensor1D {
  return classifier === 'rbf' ? tf.argMin(output, 1) : tf.argMax(output, 1);
}
