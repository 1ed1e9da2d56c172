import { describe, expect, it } from 'vitest';
import { PAPER_RECIPE } from '../../lib/sdlm/recipe.ts';
import { scheduleMarks } from './schedule-marks.ts';

// Section III-B: eta 0.0005 for two passes, 0.0002 for three, 0.0001 for three, 0.00005 for four, 0.00001 after.
describe('scheduleMarks', () => {
  it.each([
    [
      "the paper's 20 passes",
      { ...PAPER_RECIPE },
      [0, 2, 5, 8, 12],
      ['η 5e-4', 'η 2e-4', 'η 1e-4', 'η 5e-5', 'η 1e-5'],
    ],
    [
      'the same, eta scaled by 0.1',
      { ...PAPER_RECIPE, etaScale: 0.1 },
      [0, 2, 5, 8, 12],
      ['η 5e-5', 'η 2e-5', 'η 1e-5', 'η 5e-6', 'η 1e-6'],
    ],
    ['3 passes', { ...PAPER_RECIPE, passes: 3 }, [0, 2], ['η 5e-4', 'η 2e-4']],
  ])('marks %s where eta steps down', (_, recipe, xs, labels) => {
    const marks = scheduleMarks(recipe);
    expect(marks.map((mark) => mark.x)).toEqual(xs);
    expect(marks.map((mark) => mark.label)).toEqual(labels);
  });
});
