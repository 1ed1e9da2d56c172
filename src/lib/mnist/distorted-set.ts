import { seededRandom, shuffledIndices, type Batch, type MnistSet } from './dataset.ts';
import { sampleAffine, sourceMap } from './distort.ts';
import { randomDistortion, SITE_DISTORTIONS, type DistortionRanges } from './distortion-ranges.ts';
import { LENET5_PLACEMENT, MNIST_SIDE, placeDigits, type Placement } from './placement.ts';

/**
 * Section III-B's enlarged training set: "the 60,000 original patterns plus 540,000
 * instances of distorted patterns", so ten patterns for each digit: pattern k is
 * digit k mod N, undistorted for k < N, otherwise distorted by parameters that
 * depend only on the seed and k, so that the set is fixed as the paper's was.
 */
export const PATTERNS_PER_DIGIT = 10;

export interface DistortedSet {
  readonly set: MnistSet;
  readonly ranges: DistortionRanges;
  readonly seed: number;
}

export const distortedSet = (set: MnistSet, seed: number, ranges = SITE_DISTORTIONS): DistortedSet => ({
  set,
  ranges,
  seed,
});

/** The distortion of pattern k, or undefined for an original. */
export function distortionOf({ set, ranges, seed }: DistortedSet, pattern: number) {
  if (pattern < set.count) return undefined;
  return randomDistortion(seededRandom(Math.imul(seed, 0x9e3779b1) ^ pattern), ranges);
}

/**
 * The patterns of pass `pass` (from 0), `set.count` of them: the passes walk a
 * seeded order of all ten times as many patterns, so that in the paper's 20 passes
 * "the network effectively sees each individual sample only twice".
 */
export function patternsOfPass(distorted: DistortedSet, pass: number): Uint32Array {
  const count = distorted.set.count;
  const round = Math.floor(pass / PATTERNS_PER_DIGIT);
  const order = shuffledIndices(count * PATTERNS_PER_DIGIT, distorted.seed * 7919 + round);
  const part = pass % PATTERNS_PER_DIGIT;
  return order.slice(part * count, (part + 1) * count);
}

const PIXELS = MNIST_SIDE * MNIST_SIDE;

/** The 28x28 bytes of the patterns at `patterns`, each distorted as the set fixes it. */
export function patternImages(distorted: DistortedSet, patterns: ArrayLike<number>): Uint8Array {
  const { set } = distorted;
  const out = new Uint8Array(patterns.length * PIXELS);
  const scratch = new Float32Array(PIXELS);
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i]!;
    const digit = pattern % set.count;
    const distortion = distortionOf(distorted, pattern);
    if (!distortion) {
      out.set(set.images.subarray(digit * PIXELS, (digit + 1) * PIXELS), i * PIXELS);
      continue;
    }
    sampleAffine(set.images, digit * PIXELS, MNIST_SIDE, sourceMap(distortion, MNIST_SIDE), scratch);
    for (let p = 0; p < PIXELS; p++) out[i * PIXELS + p] = Math.round(scratch[p]!);
  }
  return out;
}

/** A batch of patterns, placed as the network reads them. */
export function distortedBatch(
  distorted: DistortedSet,
  patterns: ArrayLike<number>,
  placement: Placement = LENET5_PLACEMENT,
): Batch {
  const labels = Uint8Array.from(
    { length: patterns.length },
    (_, i) => distorted.set.labels[patterns[i]! % distorted.set.count]!,
  );
  const inputs = placeDigits(patternImages(distorted, patterns), patterns.length, placement);
  return { inputs, size: placement.input, labels, count: patterns.length };
}
