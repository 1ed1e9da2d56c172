import { describe, expect, it } from 'vitest';
import { mergeRuns, mergeSearchRuns, searchRunOf, type OtherRun } from './recipe-runs.ts';

const diverged: OtherRun = { etaScale: 1, seed: 1, testError: null, diverged: 'The run diverged.' };
const seedTwo: OtherRun = { etaScale: 0.1, seed: 2, testError: 0.019 };

describe('mergeRuns', () => {
  it.each([
    ['adds a new run after those recorded', [diverged], [seedTwo], [diverged, seedTwo]],
    [
      'replaces a rerun of the same eta scale and seed',
      [diverged, seedTwo],
      [{ ...seedTwo, testError: 0.02 }],
      [diverged, { ...seedTwo, testError: 0.02 }],
    ],
    ['keeps runs that differ in seed only', [seedTwo], [{ ...seedTwo, seed: 3 }], [seedTwo, { ...seedTwo, seed: 3 }]],
    [
      'keeps runs that differ in backend only',
      [seedTwo],
      [{ ...seedTwo, backend: 'WebAssembly' }],
      [seedTwo, { ...seedTwo, backend: 'WebAssembly' }],
    ],
  ])('%s', (_, recorded, added, merged) => {
    expect(mergeRuns(recorded, added)).toEqual(merged);
  });
});

describe('searchRunOf', () => {
  const settings = { etaScale: 1, mu: 0.2, j: 10, hessianPatterns: 500, passes: 20, patterns: 60_000, seed: 3 };
  it('records a finished run by its departure, with its errors after each pass', () => {
    const run = searchRunOf({ settings, testError: 0.012, passes: [{ testError: 0.03 }, { testError: 0.012 }] });
    expect(run).toEqual({ departure: { mu: 0.2 }, seed: 3, testError: 0.012, testErrors: [0.03, 0.012], seconds: 0 });
  });

  it('reads where a diverged run stopped from its message, and gives it no final error', () => {
    const diverged =
      "The run diverged (pass 2, after 22,000 patterns): the mean loss over the last 2,000 patterns is 83.62, above the untrained network's 74.14; it stopped.";
    const run = searchRunOf({ settings, testError: 0.05, passes: [{ testError: 0.05 }], diverged, trainingSeconds: 9 });
    expect(run).toMatchObject({ testError: null, stopped: { pass: 2, patterns: 22_000, why: 'diverged' }, seconds: 9 });
    const collapsed = searchRunOf({
      settings,
      testError: 0.88,
      passes: [],
      diverged:
        'The run collapsed (pass 2, after 60,000 patterns): its test error is 88.65%, after 2.17% at best; it stopped.',
    });
    expect(collapsed.stopped).toEqual({ pass: 2, patterns: 60_000, why: 'collapsed' });
  });

  it('refuses a stop it cannot place', () => {
    expect(() => searchRunOf({ settings, testError: null, passes: [], diverged: 'It stopped.' })).toThrow(
      /Cannot tell/,
    );
  });
});

describe('mergeSearchRuns', () => {
  const run = searchRunOf({ settings: { mu: 0.2, seed: 1 }, testError: 0.01, passes: [] });
  it('replaces a rerun of the same departure and seed, keeps the others', () => {
    const rerun = { ...run, testError: 0.02 };
    const other = { ...run, seed: 2 };
    expect(mergeSearchRuns([run, other], [rerun])).toEqual([other, rerun]);
  });
});
