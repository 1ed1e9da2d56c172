import { INPUT_LEVELS } from '../paper/training.ts';
import { LENET_SIDE, MNIST_SIDE } from './preprocess.ts';

/**
 * Mean and variance of every pixel the network reads (the 32x32 field, border
 * included) over a set of MNIST images in the paper's input levels, computed
 * from the raw bytes without building the inputs.
 */
export function inputStatistics(pixels: Uint8Array, count: number): { mean: number; variance: number } {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  const borderPixels = count * (LENET_SIDE * LENET_SIDE - MNIST_SIDE * MNIST_SIDE);
  let sum = borderPixels * background;
  let squares = borderPixels * background * background;
  for (let i = 0; i < count * MNIST_SIDE * MNIST_SIDE; i++) {
    const value = background + pixels[i]! * scale;
    sum += value;
    squares += value * value;
  }
  const n = count * LENET_SIDE * LENET_SIDE;
  const mean = sum / n;
  return { mean, variance: squares / n - mean * mean };
}
