import { describe, expect, it } from 'vitest';
import { departureOf, departureWords } from './departures.ts';
import { PAPER_RECIPE } from './recipe.ts';
import { searchRows, type SearchRun } from './search-table.ts';

const finished = (departure: SearchRun['departure'], seed: number, testError: number): SearchRun => ({
  departure,
  seed,
  testError,
  testErrors: [0.05, testError],
  seconds: 1,
});
const stopped = (departure: SearchRun['departure'], seed: number, pass: number, patterns: number): SearchRun => ({
  departure,
  seed,
  testError: null,
  testErrors: [],
  stopped: { pass, patterns },
  seconds: 1,
});
const bounds = { target: 0.0095, band: 0.0015, patternsPerPass: 60_000 };

describe('departureOf and departureWords', () => {
  it.each([
    [{ ...PAPER_RECIPE, seed: 4, passes: 3 }, 'none (as printed)'],
    [{ ...PAPER_RECIPE, etaScale: 0.2 }, 'η × 0.2'],
    [{ ...PAPER_RECIPE, mu: 0.2, j: 1 }, 'μ = 0.2 and j = 1'],
    [{ ...PAPER_RECIPE, initPower: 0.5 }, 'weights in ±2.4/√F'],
    [
      { ...PAPER_RECIPE, hessianPatterns: 5000, hessianEvery: 1000 },
      'h on 5,000 digits and h estimated every 1,000 digits',
    ],
    [{ ...PAPER_RECIPE, hessianSum: true }, 'h summed over its digits, not averaged'],
    // Recorded before the search's fields existed: the paper's values are assumed.
    [{ etaScale: 0.1, mu: 0.02, j: 10, hessianPatterns: 500 }, 'η × 0.1'],
  ])('%j reads "%s"', (settings, words) => {
    expect(departureWords(departureOf(settings))).toBe(words);
  });
});

describe('searchRows', () => {
  const runs = [
    stopped({}, 1, 1, 2_000),
    finished({ etaScale: 0.1 }, 1, 0.019),
    finished({ etaScale: 0.1 }, 2, 0.0166),
    finished({ etaScale: 0.1 }, 3, 0.0168),
    finished({ mu: 0.2 }, 1, 0.011),
    finished({ mu: 0.2 }, 2, 0.0096),
    stopped({ initPower: 0.5 }, 1, 3, 10_000),
    finished({ initPower: 0.5 }, 2, 0.009),
  ];

  it('puts the departure whose median is nearest the target first, the departures that stop last', () => {
    expect(searchRows(runs, bounds).map((row) => row.words)).toEqual([
      'μ = 0.2',
      'η × 0.1',
      'weights in ±2.4/√F',
      'none (as printed)',
    ]);
  });

  it('gives a median only when every seed finished, and counts the seeds inside the band', () => {
    const rows = searchRows(runs, bounds);
    expect(rows[0]).toMatchObject({ median: (0.011 + 0.0096) / 2, withinBand: 2 });
    expect(rows[1]).toMatchObject({ median: 0.0168, withinBand: 0 });
    expect(rows[2]!.median).toBeUndefined();
    expect(rows[2]!.withinBand).toBe(1);
  });

  it('keeps the later record of a seed run twice', () => {
    const rows = searchRows([finished({ mu: 0.2 }, 1, 0.02), finished({ mu: 0.2 }, 1, 0.01)], bounds);
    expect(rows[0]!.runs.map((run) => run.testError)).toEqual([0.01]);
  });
});
