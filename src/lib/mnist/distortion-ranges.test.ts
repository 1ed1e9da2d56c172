import { describe, expect, it } from 'vitest';
import { seededRandom } from './dataset.ts';
import { distortImage } from './distort.ts';
import { randomDistortion, scaledDistortions, SITE_DISTORTIONS } from './distortion-ranges.ts';
import { realMnist } from '../model/test-support.ts';
import { MNIST_SIDE } from './placement.ts';

describe('scaledDistortions', () => {
  it('at strength 1 gives the site ranges back', () => {
    expect(scaledDistortions(SITE_DISTORTIONS, 1)).toEqual(SITE_DISTORTIONS);
  });

  it('at strength 0 draws only distortions that leave a real digit as it was', () => {
    const random = seededRandom(5);
    const digit = realMnist('train', 1).images.slice(0, MNIST_SIDE * MNIST_SIDE);
    for (let draw = 0; draw < 5; draw++) {
      const none = randomDistortion(random, scaledDistortions(SITE_DISTORTIONS, 0));
      const distorted = distortImage(digit, 0, MNIST_SIDE, none);
      expect([...distorted]).toEqual([...digit]);
    }
  });

  it('at strength 0.5 halves every distance from no distortion: 0.9 to 1.1 becomes 0.95 to 1.05', () => {
    const half = scaledDistortions({ translate: 2, scale: [0.9, 1.1], squeeze: [0.8, 1.2], shear: 0.25 }, 0.5);
    expect(half.translate).toBe(1);
    expect(half.shear).toBe(0.125);
    expect(half.scale[0]).toBeCloseTo(0.95, 12);
    expect(half.scale[1]).toBeCloseTo(1.05, 12);
    expect(half.squeeze[0]).toBeCloseTo(0.9, 12);
    expect(half.squeeze[1]).toBeCloseTo(1.1, 12);
  });
});
