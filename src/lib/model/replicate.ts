import type { NetworkSpec } from '../lenet/spec.ts';
import { buildModel } from './build.ts';
import { classifierOfModel } from './loss.ts';
import { answerOf } from './answer.ts';
import { tf, type tfl } from './tf.ts';

/**
 * The paper's replicated network (Section VII): the same weights as `model`, built
 * for a wider input, so that C5 and everything after it run at every position.
 * Needs the convolutional head; a flattened head's F6 would change shape.
 */
export function replicate(model: tfl.LayersModel, network: NetworkSpec, width: number): tfl.LayersModel {
  const [, height] = model.inputs[0]!.shape;
  const wide = buildModel(network, { height: height ?? 0, width });
  wide.setWeights(model.getWeights());
  return wide;
}

/** The answer at every output position of a replicated network, left to right. */
export function answersAlong(wide: tfl.LayersModel, input: Float32Array, width: number): number[] {
  const classifier = classifierOfModel(wide);
  const scores = tf.tidy(() => {
    const [, height] = wide.inputs[0]!.shape;
    const output = wide.predict(tf.tensor4d(input, [1, height ?? 0, width, 1])) as tf.Tensor;
    return tf.reshape(output, [-1, 10]);
  });
  const values = scores.dataSync();
  const positions = scores.shape[0];
  scores.dispose();
  return Array.from({ length: positions }, (_, position) =>
    answerOf(values.subarray(position * 10, (position + 1) * 10), classifier),
  );
}
