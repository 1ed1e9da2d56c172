import { describe, expect, it } from 'vitest';
import { failuresOf, medianScores, thresholdsFor, type Scores } from './lighthouse-scores.ts';

const scores = (performance: number, accessibility = 100, bestPractices = 100, seo = 100): Scores => ({
  performance,
  accessibility,
  'best-practices': bestPractices,
  seo,
});

describe('medianScores', () => {
  it.each([
    [[scores(90)], 90],
    [[scores(99), scores(60), scores(97)], 97],
    [[scores(80), scores(90)], 85],
  ])('the median performance of %j is %d', (runs, performance) => {
    expect(medianScores(runs).performance).toBe(performance);
  });

  it('refuses no runs at all', () => {
    expect(() => medianScores([])).toThrow(/at least one run/);
  });
});

describe('thresholds', () => {
  it.each([
    ['/', scores(94), ['performance 94 is below 95']],
    ['/explorer/', scores(95, 100, 95, 95), []],
    ['/explorer/', scores(74), ['performance 74 is below 75']],
    ['/c1/', scores(90), ['performance 90 is below 95']],
    ['/c3/', scores(100, 99), ['accessibility 99 is below 100']],
    ['/playground/', scores(60, 100, 94, 100), ['best-practices 94 is below 95']],
    ['/search/', scores(100, 100, 100, 90), ['seo 90 is below 95']],
  ])('failuresOf(%s, %j) is %j', (path, measured, failures) => {
    expect(failuresOf(measured, thresholdsFor(path))).toEqual(failures);
  });
});
