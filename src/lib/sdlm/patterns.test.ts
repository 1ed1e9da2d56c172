import { describe, expect, it } from 'vitest';
import type { MnistSet } from '../mnist/dataset.ts';
import { SITE_DISTORTIONS } from '../mnist/distortion-ranges.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { imageOf, patternSource } from './patterns.ts';

/** Twenty 28x28 digits, each a bar at a different column, labelled by their index mod 10. */
const digits: MnistSet = (() => {
  const count = 20;
  const images = new Uint8Array(count * 784);
  for (let d = 0; d < count; d++) for (let y = 8; y < 20; y++) images[d * 784 + y * 28 + 4 + d] = 255;
  return { count, images, labels: Uint8Array.from({ length: count }, (_, d) => d % 10) };
})();
const buffer = new Float32Array(32 * 32);

describe('patternSource', () => {
  it('shows the digits as they are in one order kept for every pass, without distortions', () => {
    const source = patternSource(digits, { seed: 3, patterns: 20 }, LENET5_PLACEMENT);
    expect(source.orderOf(0)).toBe(source.orderOf(5));
    expect([...source.orderOf(0)].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(source.image(7, buffer)).toEqual(imageOf(digits, 7, LENET5_PLACEMENT, buffer));
  });

  it('walks the enlarged set with distortions: a new tenth each pass, every pattern once in ten passes', () => {
    const source = patternSource(digits, { seed: 3, patterns: 20 }, LENET5_PLACEMENT, SITE_DISTORTIONS);
    const passes = Array.from({ length: 10 }, (_, pass) => [...source.orderOf(pass)]);
    expect(new Set(passes.flat()).size).toBe(200);
    for (const pattern of passes[0]!) expect(source.label(pattern)).toBe(pattern % 10);
    const original = passes.flat().find((pattern) => pattern < 20)!;
    const distorted = passes.flat().find((pattern) => pattern >= 20 && pattern % 20 === original)!;
    expect(source.image(original, buffer)).toEqual(imageOf(digits, original, LENET5_PLACEMENT, buffer));
    expect(source.image(distorted, buffer)).not.toEqual(imageOf(digits, original, LENET5_PLACEMENT, buffer));
  });
});
