import { describe, expect, it } from 'vitest';
import { realMnist } from '../model/test-support.ts';
import { batchOf } from './dataset.ts';
import { inputStatistics } from './input-statistics.ts';

describe('inputStatistics(images) over the 32x32 inputs', () => {
  it('equals the mean and variance of the inputs toLenetInput builds, on 500 real digits', () => {
    const set = realMnist('train', 500);
    const { inputs } = batchOf(
      set,
      Uint32Array.from({ length: 500 }, (_, i) => i),
    );
    const mean = inputs.reduce((sum, value) => sum + value, 0) / inputs.length;
    const variance = inputs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / inputs.length;
    const computed = inputStatistics(set.images, set.count);
    expect(computed.mean).toBeCloseTo(mean, 5);
    expect(computed.variance).toBeCloseTo(variance, 5);
  });

  it('a field of background only has the background level as its mean and no variance', () => {
    const { mean, variance } = inputStatistics(new Uint8Array(28 * 28), 1);
    expect(mean).toBeCloseTo(-0.1, 10);
    expect(variance).toBeCloseTo(0, 10);
  });
});
