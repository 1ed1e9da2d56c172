/**
 * The site's distortions (src/lib/mnist/distort.ts) against PyTorch's affine_grid
 * and grid_sample, which build the same five-parameter maps from the parameters alone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/lib/mnist/dataset.ts';
import { distortImage, IDENTITY, type Distortion } from '../src/lib/mnist/distort.ts';
import { randomDistortion, SITE_DISTORTIONS } from '../src/lib/mnist/distortion-ranges.ts';
import { MNIST_SIDE } from '../src/lib/mnist/placement.ts';
import { realMnist } from '../src/lib/model/test-support.ts';
import { PYTHON, scratch } from './python.ts';

const SIDE = MNIST_SIDE;
const PIXELS = SIDE * SIDE;
const DIGITS = 200;

/** The largest distortions the ranges allow, and a few beyond them, beside random ones. */
const EXTREMES: Distortion[] = [
  IDENTITY,
  { dx: 2, dy: -2, scale: 1.1, squeeze: 0.9, shear: 0.25 },
  { dx: -2, dy: 2, scale: 0.9, squeeze: 1.1, shear: -0.25 },
  { dx: 0.5, dy: 0.25, scale: 1.7, squeeze: 0.6, shear: 0.9 },
];

describe('the distortions against PyTorch grid sampling', () => {
  it(`give the same pixels on ${DIGITS} real training digits, within 1e-3 of 255`, () => {
    const train = realMnist('train', DIGITS);
    const random = seededRandom(11);
    const distortions = Array.from(
      { length: DIGITS },
      (_, i) => EXTREMES[i] ?? randomDistortion(random, SITE_DISTORTIONS),
    );
    const images = Array.from(train.images.subarray(0, DIGITS * PIXELS));
    const folder = scratch();
    writeFileSync(join(folder, 'job.json'), JSON.stringify({ side: SIDE, images, distortions }));
    execFileSync(PYTHON, [
      join(import.meta.dirname, 'distort_oracle.py'),
      join(folder, 'job.json'),
      join(folder, 'out.json'),
    ]);
    const torch = JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8')) as { images: number[][] };
    let largest = 0;
    let ink = 0;
    distortions.forEach((distortion, digit) => {
      const ours = distortImage(train.images, digit * PIXELS, SIDE, distortion);
      torch.images[digit]!.forEach((value, i) => {
        largest = Math.max(largest, Math.abs(value - ours[i]!));
        ink += value;
      });
    });
    expect(ink).toBeGreaterThan(0);
    expect(largest).toBeLessThan(1e-3);
  });
});
