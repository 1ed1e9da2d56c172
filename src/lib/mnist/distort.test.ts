import { describe, expect, it } from 'vitest';
import { realMnist } from '../model/test-support.ts';
import { distortImage, IDENTITY, sourceMap, type Distortion } from './distort.ts';
import { distortionProblems, randomDistortion, SITE_DISTORTIONS } from './distortion-ranges.ts';
import { seededRandom } from './dataset.ts';
import { MNIST_SIDE } from './placement.ts';

const SIDE = MNIST_SIDE;
const PIXELS = SIDE * SIDE;
const train = realMnist('train', 50);

function centreOfMass(image: ArrayLike<number>, start = 0): [number, number] {
  let mass = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < PIXELS; i++) {
    const value = image[start + i]!;
    mass += value;
    x += value * (i % SIDE);
    y += value * Math.floor(i / SIDE);
  }
  return [x / mass, y / mass];
}

describe('distortImage', () => {
  it('with the identity returns the digit unchanged', () => {
    for (let digit = 0; digit < 10; digit++) {
      const out = distortImage(train.images, digit * PIXELS, SIDE, IDENTITY);
      expect(Array.from(out)).toEqual(Array.from(train.images.subarray(digit * PIXELS, (digit + 1) * PIXELS)));
    }
  });

  it('with a whole-pixel translation moves every pixel by it, and blanks what enters', () => {
    const out = distortImage(train.images, 0, SIDE, { ...IDENTITY, dx: 2, dy: -1 });
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const from = [y + 1, x - 2] as const;
        const inside = from[0] < SIDE && from[1] >= 0;
        expect(out[y * SIDE + x]).toBe(inside ? train.images[from[0] * SIDE + from[1]]! : 0);
      }
    }
  });

  it('keeps the centre of mass within the translation range of where the translation alone puts it', () => {
    const random = seededRandom(7);
    for (let digit = 0; digit < train.count; digit++) {
      const distortion = randomDistortion(random);
      const [x0, y0] = centreOfMass(train.images, digit * PIXELS);
      const [x1, y1] = centreOfMass(distortImage(train.images, digit * PIXELS, SIDE, distortion));
      // MNIST centres each digit's mass near the image centre, about which the linear part acts.
      expect(Math.abs(x1 - x0 - distortion.dx)).toBeLessThan(1.5);
      expect(Math.abs(y1 - y0 - distortion.dy)).toBeLessThan(1.5);
      expect(Math.abs(x1 - x0)).toBeLessThanOrEqual(SITE_DISTORTIONS.translate + 1.5);
    }
  });

  it('keeps the ink: a distortion within the site ranges loses at most a tenth of it', () => {
    const random = seededRandom(3);
    for (let digit = 0; digit < train.count; digit++) {
      const before = train.images.subarray(digit * PIXELS, (digit + 1) * PIXELS).reduce((sum, v) => sum + v, 0);
      const after = distortImage(train.images, digit * PIXELS, SIDE, randomDistortion(random)).reduce(
        (s, v) => s + v,
        0,
      );
      expect(after).toBeGreaterThan(0.75 * before);
      expect(after).toBeLessThan(1.35 * before);
    }
  });
});

describe('sourceMap', () => {
  it.each<[string, Distortion]>([
    ['a shear', { ...IDENTITY, shear: 0.3 }],
    ['a squeeze', { ...IDENTITY, squeeze: 0.8 }],
    ['all five at once', { dx: 1.5, dy: -0.7, scale: 1.1, squeeze: 0.9, shear: -0.2 }],
  ])('inverts the forward map of %s', (_, distortion) => {
    const { dx, dy, scale, squeeze, shear } = distortion;
    const centre = (SIDE - 1) / 2;
    const map = sourceMap(distortion, SIDE);
    for (const [x, y] of [
      [0, 0],
      [27, 3],
      [13.5, 13.5],
      [5, 20],
    ] as const) {
      // Forward: shear, then squeeze, then scale, about the centre; then translate.
      const sheared = [x - centre + shear * (y - centre), y - centre];
      const forward = [centre + scale * squeeze * sheared[0]! + dx, centre + (scale / squeeze) * sheared[1]! + dy];
      expect(map.a * forward[0]! + map.b * forward[1]! + map.c).toBeCloseTo(x, 10);
      expect(map.d * forward[0]! + map.e * forward[1]! + map.f).toBeCloseTo(y, 10);
    }
  });
});

describe('distortionProblems', () => {
  it('accepts the site ranges', () => {
    expect(distortionProblems(SITE_DISTORTIONS)).toEqual([]);
  });

  it.each([
    ['a scale of 0', { ...SITE_DISTORTIONS, scale: [0, 1.1] as const }, /scale must lie between 0.5 and 2/],
    ['a negative squeeze', { ...SITE_DISTORTIONS, squeeze: [-1, 1] as const }, /squeeze must lie between/],
    ['a range given largest first', { ...SITE_DISTORTIONS, scale: [1.2, 0.9] as const }, /smallest first/],
    ['a shear that lays strokes flat', { ...SITE_DISTORTIONS, shear: 1.5 }, /shear must be from 0 to 1 pixel per row/],
    ['a translation off the image', { ...SITE_DISTORTIONS, translate: 10 }, /translation must be from 0 to 6 pixels/],
    ['a translation that is not a number', { ...SITE_DISTORTIONS, translate: Number.NaN }, /got NaN/],
  ])('refuses %s, naming the range', (_, ranges, message) => {
    const problems = distortionProblems(ranges);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});
