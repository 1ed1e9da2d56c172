import { describe, expect, it } from 'vitest';
import { DEFAULT_STRING_FIELDS, stringSettingsFrom, type StringFieldTexts } from './string-fields.ts';

const typed = (change: Partial<StringFieldTexts>): StringFieldTexts => ({ ...DEFAULT_STRING_FIELDS, ...change });

describe('stringSettingsFrom', () => {
  it.each([
    [{}, { count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 }],
    [
      { count: '8', gapMin: '-4', gapMax: ' 8 ', jitter: '0', noise: '0' },
      { count: 8, gap: { min: -4, max: 8 }, jitter: 0, noise: 0 },
    ],
    [
      { noise: '.05', gapMin: '+2', gapMax: '2' },
      { count: 5, gap: { min: 2, max: 2 }, jitter: 3, noise: 0.05 },
    ],
  ])('reads %j as settings', (change, settings) => {
    expect(stringSettingsFrom(typed(change))).toEqual({ ok: true, settings });
  });

  it.each([
    [{ gapMin: 'abc' }, ['The smallest gap "abc" is not a number: give -4 to 8 whole pixels.'], ['gapMin']],
    [{ noise: '' }, ['The noise "" is not a number: give a share of the pixels from 0 to 0.1.'], ['noise']],
    [
      { jitter: '1e3', gapMax: 'NaN' },
      [
        'The largest gap "NaN" is not a number: give -4 to 8 whole pixels.',
        'The vertical jitter "1e3" is not a number: give 0 to 3 whole pixels.',
      ],
      ['gapMax', 'jitter'],
    ],
    [{ gapMax: '9' }, ['Gaps run from -4 to 8 whole pixels, the smaller first; got -1 to 9.'], ['gapMax']],
    [
      { gapMin: '3', gapMax: '1' },
      ['Gaps run from -4 to 8 whole pixels, the smaller first; got 3 to 1.'],
      ['gapMin', 'gapMax'],
    ],
    [{ gapMin: '1.5' }, ['Gaps run from -4 to 8 whole pixels, the smaller first; got 1.5 to 4.'], ['gapMin']],
    [{ noise: '0.5' }, ['The noise is a share from 0 to 0.1; got 0.5.'], ['noise']],
    [{ count: '21' }, ['A string holds 1 to 20 digits; got 21.'], ['count']],
  ])('refuses %j with what is allowed', (change, problems, fields) => {
    expect(stringSettingsFrom(typed(change))).toEqual({ ok: false, problems, fields });
  });
});
