// The one place that names the tfjs packages, so pages import only what they use.
export * as tf from '@tensorflow/tfjs-core';
export * as tfl from '@tensorflow/tfjs-layers';
