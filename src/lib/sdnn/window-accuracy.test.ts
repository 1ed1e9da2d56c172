import { describe, expect, it } from 'vitest';
import { likeliest, windowAccuracy } from './window-accuracy.ts';

describe('likeliest and windowAccuracy', () => {
  it('picks the largest score of each row', () => {
    expect(Array.from(likeliest([0.1, 0.7, 0.2, 0.5, 0.2, 0.3], 3))).toEqual([1, 0]);
  });

  it('counts blank windows and windows with a character apart', () => {
    // Labels: two blanks (10), three characters; one blank read as 4, one 3 read as blank.
    const measured = windowAccuracy([10, 4, 3, 10, 7], [10, 10, 3, 3, 7]);
    expect(measured).toEqual({ windows: 5, accuracy: 3 / 5, blankAccuracy: 1 / 2, characterAccuracy: 2 / 3 });
    expect(windowAccuracy([], [])).toEqual({ windows: 0, accuracy: 0, blankAccuracy: 0, characterAccuracy: 0 });
  });
});
