import type { Distortion } from './distort.ts';

/**
 * How far each random distortion may go. The paper names the transformations but
 * gives no ranges; these are the site's choice: small enough that a 20x20 digit
 * centred in 28x28 stays inside the image, large enough to be visible in Fig. 7's way.
 */
export interface DistortionRanges {
  /** Largest translation, in pixels, along each axis. */
  readonly translate: number;
  /** Smallest and largest scaling factor. */
  readonly scale: readonly [number, number];
  /** Smallest and largest squeeze factor (width times it, height divided by it). */
  readonly squeeze: readonly [number, number];
  /** Largest horizontal shear, in pixels per row, either way. */
  readonly shear: number;
}

export const SITE_DISTORTIONS: DistortionRanges = { translate: 2, scale: [0.9, 1.1], squeeze: [0.9, 1.1], shear: 0.25 };

/**
 * The ranges moved toward no distortion (`strength` 0) or beyond the site's (above 1): every
 * translation and shear times `strength`, every factor's distance from 1 times `strength`.
 */
export function scaledDistortions(ranges: DistortionRanges, strength: number): DistortionRanges {
  const factor = ([low, high]: readonly [number, number]) =>
    [1 - (1 - low) * strength, 1 + (high - 1) * strength] as const;
  return {
    translate: ranges.translate * strength,
    scale: factor(ranges.scale),
    squeeze: factor(ranges.squeeze),
    shear: ranges.shear * strength,
  };
}

/** What each setting may be: beyond these a digit leaves the 28x28 image or is flattened past reading. */
export const DISTORTION_LIMITS = { translate: 6, factor: [0.5, 2], shear: 1 } as const;

/** Every setting out of its range, one message each, naming the range; empty when all are allowed. */
export function distortionProblems(ranges: DistortionRanges): string[] {
  const problems: string[] = [];
  const { translate, factor, shear } = DISTORTION_LIMITS;
  if (!(ranges.translate >= 0 && ranges.translate <= translate)) {
    problems.push(`The translation must be from 0 to ${translate} pixels; got ${ranges.translate}.`);
  }
  for (const name of ['scale', 'squeeze'] as const) {
    const [low, high] = ranges[name];
    if (!(low >= factor[0] && high <= factor[1] && low <= high)) {
      problems.push(
        `The ${name} must lie between ${factor[0]} and ${factor[1]}, smallest first (a factor of 0 or below would erase or mirror the digit); got ${low} to ${high}.`,
      );
    }
  }
  if (!(ranges.shear >= 0 && ranges.shear <= shear)) {
    problems.push(
      `The shear must be from 0 to ${shear} pixel per row (beyond it strokes lean past 45 degrees); got ${ranges.shear}.`,
    );
  }
  return problems;
}

/** One distortion drawn uniformly within `ranges` from `random` (numbers in [0, 1)). */
export function randomDistortion(random: () => number, ranges: DistortionRanges = SITE_DISTORTIONS): Distortion {
  const between = (low: number, high: number) => low + (high - low) * random();
  return {
    dx: between(-ranges.translate, ranges.translate),
    dy: between(-ranges.translate, ranges.translate),
    scale: between(...ranges.scale),
    squeeze: between(...ranges.squeeze),
    shear: between(-ranges.shear, ranges.shear),
  };
}
