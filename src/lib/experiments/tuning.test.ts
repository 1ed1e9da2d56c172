import { describe, expect, it } from 'vitest';
import { tuningTable, withTuningRun, type TuningRun } from './tuning.ts';

const run = (learningRate: number, seed: number, heldOutError: number): TuningRun => ({
  experiment: 'paper-distorted',
  settings: { learningRate, batchSize: 64 },
  seed,
  heldOutError,
  trainError: heldOutError / 2,
  seconds: 1,
});

describe('tuningTable', () => {
  it('averages each setting over its seeds and puts the lowest held-out error first', () => {
    const table = tuningTable(
      [run(0.002, 1, 0.008), run(0.004, 1, 0.006), run(0.002, 2, 0.006), run(0.004, 2, 0.005)],
      'paper-distorted',
    );
    expect(table.map((row) => [row.settings.learningRate, row.seeds, row.meanHeldOutError])).toEqual([
      [0.004, [1, 2], 0.0055],
      [0.002, [1, 2], 0.007],
    ]);
  });

  it('keeps each distortion strength apart, an unset strength being the default 1', () => {
    const weaker = { ...run(0.002, 1, 0.006), settings: { learningRate: 0.002, batchSize: 64, distortStrength: 0.5 } };
    const unset = run(0.002, 2, 0.007);
    const one = { ...run(0.002, 3, 0.01), settings: { learningRate: 0.002, batchSize: 64, distortStrength: 1 } };
    const table = tuningTable([weaker, unset, one], 'paper-distorted');
    expect(table.map((row) => [row.settings.distortStrength, row.seeds, row.meanHeldOutError])).toEqual([
      [0.5, [1], 0.006],
      [1, [2, 3], 0.0085],
    ]);
  });

  it('leaves out the runs of other experiments', () => {
    expect(tuningTable([run(0.002, 1, 0.008)], 'modern-distorted')).toEqual([]);
  });
});

describe('withTuningRun', () => {
  it('replaces a rerun of the same settings and seed, keeps the others', () => {
    const first = run(0.002, 1, 0.008);
    const other = run(0.004, 1, 0.006);
    const rerun = run(0.002, 1, 0.007);
    expect(withTuningRun([first, other], rerun)).toEqual([other, rerun]);
  });
});
