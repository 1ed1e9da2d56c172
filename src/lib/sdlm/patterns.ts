import { shuffledIndices, type MnistSet } from '../mnist/dataset.ts';
import { distortedSet, patternImages, patternsOfPass } from '../mnist/distorted-set.ts';
import type { DistortionRanges } from '../mnist/distortion-ranges.ts';
import { MNIST_SIDE, placeDigits, type Placement } from '../mnist/placement.ts';

const PIXELS = MNIST_SIDE * MNIST_SIDE;

/** One digit in the network's input, maps-first, in double precision. */
export function imageOf(set: MnistSet, index: number, placement: Placement, buffer: Float32Array): Float64Array {
  placeDigits(set.images.subarray(index * PIXELS, (index + 1) * PIXELS), 1, placement, buffer);
  return Float64Array.from(buffer);
}

/** Where a run of the paper's recipe takes its patterns from, pass by pass. */
export interface PatternSource {
  /** The patterns of pass `pass` (from 0), in the order they are shown. */
  orderOf(pass: number): Uint32Array;
  /** Pattern `pattern` in the network's input, in double precision; `buffer` is scratch. */
  image(pattern: number, buffer: Float32Array): Float64Array;
  label(pattern: number): number;
}

/**
 * The training digits in one random order kept for every pass (Appendix C), `patterns` of them;
 * or, with `distort`, Section III-B's enlarged set (the originals and nine distortions of each),
 * each pass a different tenth of it, so that 20 passes see each pattern twice.
 */
export function patternSource(
  train: MnistSet,
  { seed, patterns }: { seed: number; patterns: number },
  placement: Placement,
  distort?: DistortionRanges,
): PatternSource {
  if (!distort) {
    const order = shuffledIndices(train.count, seed).subarray(0, patterns);
    return {
      orderOf: () => order,
      image: (pattern, buffer) => imageOf(train, pattern, placement, buffer),
      label: (pattern) => train.labels[pattern]!,
    };
  }
  const enlarged = distortedSet(train, seed, distort);
  return {
    orderOf: (pass) => patternsOfPass(enlarged, pass).subarray(0, patterns),
    image: (pattern, buffer) => {
      placeDigits(patternImages(enlarged, [pattern]), 1, placement, buffer);
      return Float64Array.from(buffer);
    },
    label: (pattern) => train.labels[pattern % train.count]!,
  };
}
