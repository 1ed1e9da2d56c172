import { describe, expect, it } from 'vitest';
import { errorSpreads, spreadOf } from './summary.ts';

describe('spreadOf', () => {
  it.each([
    [[0.9, 0.7, 0.8], { median: 0.8, min: 0.7, max: 0.9, count: 3 }],
    [[4, 1, 3, 2], { median: 2, min: 1, max: 4, count: 4 }],
    [[5], { median: 5, min: 5, max: 5, count: 1 }],
  ])('of %j is %j', (values, spread) => {
    expect(spreadOf(values)).toEqual(spread);
  });

  it('of no runs is undefined, so a page says nothing was recorded rather than NaN', () => {
    expect(spreadOf([])).toBeUndefined();
  });
});

describe('errorSpreads', () => {
  it('gives errors in percent', () => {
    const run = {
      seed: 1,
      testError: 0.0065,
      trainError: 0.001,
      seconds: 200,
      samplesPerSecond: 6000,
      engine: 'lanes',
    };
    expect(errorSpreads([run]).test?.median).toBeCloseTo(0.65, 10);
    expect(errorSpreads([run]).train?.median).toBeCloseTo(0.1, 10);
  });
});
