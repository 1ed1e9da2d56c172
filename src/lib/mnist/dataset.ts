import { checkMnistPair, parseIdx } from './idx.ts';
import type { Size2 } from '../lenet/spec.ts';
import { LENET5_PLACEMENT, MNIST_SIDE, placeImages, type Placement } from './placement.ts';

/** MNIST digits as bytes, kept compact until a batch is needed. */
export interface MnistSet {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export function mnistSetFromIdx(imageFile: Uint8Array, labelFile: Uint8Array, name: string): MnistSet {
  const images = parseIdx(imageFile, `${name} images`);
  const labels = parseIdx(labelFile, `${name} labels`);
  const count = checkMnistPair(images, labels, name);
  return { count, images: images.data, labels: labels.data };
}

export function subset(set: MnistSet, start: number, count: number): MnistSet {
  const end = Math.min(set.count, start + count);
  const pixels = MNIST_SIDE * MNIST_SIDE;
  return {
    count: end - start,
    images: set.images.subarray(start * pixels, end * pixels),
    labels: set.labels.subarray(start, end),
  };
}

export interface Batch {
  /** count x height x width x 1, in the paper's input levels. */
  readonly inputs: Float32Array;
  /** The input size the digits were placed in. */
  readonly size: Size2;
  readonly labels: Uint8Array;
  readonly count: number;
}

/**
 * The digits at `indices`, placed as the network reads them (the paper's 32x32
 * by default). With `maxShift` each digit moves by up to that many pixels in each
 * direction inside the input, a light form of the paper's distortions (seeded by `shiftSeed`).
 */
export function batchOf(
  set: MnistSet,
  indices: ArrayLike<number>,
  maxShift = 0,
  shiftSeed = 0,
  placement: Placement = LENET5_PLACEMENT,
): Batch {
  return placedBatch(set, indices, randomShifts(indices.length, maxShift, shiftSeed), placement);
}

/**
 * The digits at `indices` placed as the network reads them, each moved by its pair in `shifts` (rows, columns),
 * into `into` when given (exactly one input per digit long), which a training loop reuses batch after batch.
 */
export function placedBatch(
  set: MnistSet,
  indices: ArrayLike<number>,
  shifts: Int8Array | undefined,
  placement: Placement = LENET5_PLACEMENT,
  into?: Float32Array,
): Batch {
  const labels = Uint8Array.from({ length: indices.length }, (_, i) => set.labels[indices[i]!]!);
  const inputs = placeImages(set.images, indices, placement, into, 0, shifts);
  return { inputs, size: placement.input, labels, count: indices.length };
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so runs repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded shifts of up to `maxShift` pixels, a (row, column) pair per digit; none when `maxShift` is 0. */
export function randomShifts(count: number, maxShift: number, seed: number): Int8Array | undefined {
  if (maxShift <= 0) return undefined;
  const random = seededRandom(seed);
  return Int8Array.from({ length: 2 * count }, () => Math.floor(random() * (2 * maxShift + 1)) - maxShift);
}

/** A seeded permutation of 0..n-1 (Fisher-Yates). */
export function shuffledIndices(n: number, seed: number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
