import { LENET5_INPUT_SIDE } from '../paper/training.ts';
import { tfl } from './tf.ts';

/**
 * The modern LeNet-5 as a tfjs user would write it with stock layers only, not
 * from the spec: an independent check on the calculator, and the benchmark's
 * "stock tfjs" peer.
 */
export function stockModernLeNet5(): tfl.LayersModel {
  return tfl.sequential({
    layers: [
      tfl.layers.conv2d({
        inputShape: [LENET5_INPUT_SIDE, LENET5_INPUT_SIDE, 1],
        filters: 6,
        kernelSize: 5,
        activation: 'tanh',
      }),
      tfl.layers.averagePooling2d({ poolSize: 2 }),
      tfl.layers.conv2d({ filters: 16, kernelSize: 5, activation: 'tanh' }),
      tfl.layers.averagePooling2d({ poolSize: 2 }),
      tfl.layers.conv2d({ filters: 120, kernelSize: 5, activation: 'tanh' }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 84, activation: 'tanh' }),
      tfl.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}
