import { SCALED_TANH } from '../../lenet/activation.ts';
import { tf, tfl } from '../tf.ts';

/** The paper's squashing function f(a) = A tanh(S a), as a layer without weights. */
export class ScaledTanh extends tfl.layers.Layer {
  static readonly className = 'ScaledTanh';

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.tidy(() => tf.mul(SCALED_TANH.amplitude, tf.tanh(tf.mul(SCALED_TANH.slope, x))));
  }
}
tf.serialization.registerClass(ScaledTanh);
