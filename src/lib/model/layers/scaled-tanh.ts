import { SCALED_TANH } from '../../lenet/activation.ts';
import { tf, tfl } from '../tf.ts';

const { amplitude: A, slope: S } = SCALED_TANH;

/**
 * The paper's squashing function f(a) = A tanh(S a), as a layer without weights.
 * Computed as 2A sigmoid(2S a) - A, the same function: tfjs's wasm backend runs
 * Sigmoid through XNNPACK's vector code and Tanh one scalar at a time, over ten
 * times slower, and C1's output is the largest activation of a training step.
 */
export class ScaledTanh extends tfl.layers.Layer {
  static readonly className = 'ScaledTanh';

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.tidy(() => tf.sub(tf.mul(2 * A, tf.sigmoid(tf.mul(2 * S, x))), A));
  }
}
tf.serialization.registerClass(ScaledTanh);
