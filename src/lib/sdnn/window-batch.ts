import type { Ink } from '../drawing/ink.ts';
import type { Batch, MnistSet } from '../mnist/dataset.ts';
import { MNIST_SIDE } from '../mnist/placement.ts';
import { INPUT_LEVELS } from '../paper/training.ts';
import type { LineDigit } from './compose.ts';
import { SDNN_TRAINING, trainingWindow, WINDOW, type WindowSettings } from './sdnn-data.ts';
import { SDNN_INPUT } from './sdnn-network.ts';

/** Ink (0 paper, 255 full ink) in the paper's input levels, as `placeDigits` maps a digit's bytes. */
export function inputLevels(ink: Ink, out = new Float32Array(ink.width * ink.height), offset = 0): Float32Array {
  const { background, foreground } = INPUT_LEVELS;
  const scale = (foreground - background) / 255;
  for (let i = 0; i < ink.pixels.length; i++) out[offset + i] = background + ink.pixels[i]! * scale;
  return out;
}

/** Digits drawn at random (with `random`) from `set`, as the lines' composers take them. */
export function digitPicker(set: MnistSet, random: () => number): () => LineDigit {
  const size = MNIST_SIDE * MNIST_SIDE;
  return () => {
    const index = Math.floor(random() * set.count);
    return { pixels: set.images.subarray(index * size, (index + 1) * size), label: set.labels[index]! };
  };
}

/** `count` fresh training windows of Section VII-B, as a batch in the paper's levels with their labels. */
export function windowBatch(
  random: () => number,
  pick: () => LineDigit,
  count: number,
  settings: WindowSettings = SDNN_TRAINING,
): Batch {
  const inputs = new Float32Array(count * WINDOW * WINDOW);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const window = trainingWindow(random, pick, settings);
    inputLevels(window.ink, inputs, i * WINDOW * WINDOW);
    labels[i] = window.label;
  }
  return { inputs, size: SDNN_INPUT, labels, count };
}
