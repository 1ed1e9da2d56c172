import { describe, expect, it } from 'vitest';
import { mergeRuns, type OtherRun } from './recipe-runs.ts';

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
