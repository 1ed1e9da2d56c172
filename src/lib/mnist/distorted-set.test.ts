import { describe, expect, it } from 'vitest';
import { realMnist } from '../model/test-support.ts';
import { batchOf } from './dataset.ts';
import { distortedBatch, distortedSet, distortionOf, patternImages, patternsOfPass } from './distorted-set.ts';

const train = realMnist('train', 600);
const set = distortedSet(train, 1);

describe('the enlarged training set', () => {
  it('holds each original once, undistorted, and nine distortions of it', () => {
    expect(distortionOf(set, 0)).toBeUndefined();
    expect(distortionOf(set, train.count - 1)).toBeUndefined();
    const distortions = [1, 2, 3].map((k) => distortionOf(set, 5 + k * train.count)!);
    expect(new Set(distortions.map((each) => each.dx)).size).toBe(3);
    expect(Array.from(patternImages(set, [5]))).toEqual(Array.from(train.images.subarray(5 * 784, 6 * 784)));
  });

  it('is fixed by its seed: the same pattern is the same image in every pass, another seed another', () => {
    const pattern = 3 * train.count + 17;
    expect(patternImages(set, [pattern])).toEqual(patternImages(distortedSet(train, 1), [pattern]));
    expect(patternImages(set, [pattern])).not.toEqual(patternImages(distortedSet(train, 2), [pattern]));
  });

  it("over 20 passes shows every pattern exactly twice: 'each individual sample only twice'", () => {
    const seen = new Uint8Array(train.count * 10);
    for (let pass = 0; pass < 20; pass++) {
      const patterns = patternsOfPass(set, pass);
      expect(patterns).toHaveLength(train.count);
      for (const pattern of patterns) seen[pattern]!++;
    }
    expect(seen.every((times) => times === 2)).toBe(true);
  });

  it("labels a distorted pattern with its original's label, and places an original as batchOf does", () => {
    const patterns = [7, 7 + train.count, 7 + 4 * train.count];
    const batch = distortedBatch(set, patterns);
    expect(Array.from(batch.labels)).toEqual([train.labels[7], train.labels[7], train.labels[7]]);
    const original = batchOf(train, [7]);
    expect(batch.inputs.subarray(0, 1024)).toEqual(original.inputs);
    expect(batch.inputs.subarray(1024, 2048)).not.toEqual(original.inputs);
  });
});
