import { describe, expect, it } from 'vitest';
import type { ExperimentRun } from './experiments.ts';
import { errorSpreads, lowestMedian, spreadOf, verdictOf } from './summary.ts';

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

const runsWith = (...testErrors: number[]): ExperimentRun[] =>
  testErrors.map((testError, i) => ({
    seed: i + 1,
    testError,
    trainError: 0,
    seconds: 1,
    samplesPerSecond: 1,
    engine: 'lanes',
  }));

describe('verdictOf', () => {
  it('meets a target of 0.65% with a median of 0.64% over five seeds', () => {
    expect(verdictOf(runsWith(0.0058, 0.0064, 0.007, 0.0061, 0.0066), 0.65)).toEqual({
      median: 0.64,
      target: 0.65,
      met: true,
      shortBy: 0,
    });
  });

  it('says by how many points a median of 0.70% misses 0.65%', () => {
    const verdict = verdictOf(runsWith(0.0058, 0.007, 0.0079, 0.0075, 0.007), 0.65);
    expect(verdict?.met).toBe(false);
    expect(verdict?.shortBy).toBeCloseTo(0.05, 10);
  });

  it('gives no verdict on fewer than five seeds', () => {
    expect(verdictOf(runsWith(0.005, 0.005, 0.005, 0.005), 0.65)).toBeUndefined();
  });
});

describe('lowestMedian', () => {
  it('picks the experiment with the lowest median among those with five seeds', () => {
    const records = {
      'paper-distorted': { settings: {} as never, runs: runsWith(0.006, 0.006, 0.006, 0.006, 0.006) },
      'modern-distorted': { settings: {} as never, runs: runsWith(0.0055, 0.0052, 0.0057, 0.0054, 0.0056) },
      'fig6-60000': { settings: {} as never, runs: runsWith(0.001, 0.001) },
    };
    const lowest = lowestMedian(records, 0.55);
    expect(lowest?.id).toBe('modern-distorted');
    expect(lowest?.verdict).toEqual({ median: 0.55, target: 0.55, met: true, shortBy: 0 });
  });
});
